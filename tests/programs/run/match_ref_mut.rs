#[derive(Debug)]
enum Account {
    Active { owner: String, balance: i64 },
    Frozen(String),
}

fn deposit(acc: &mut Account, amount: i64) {
    match acc {
        Account::Active { balance, .. } => *balance += amount,
        Account::Frozen(owner) => owner.push_str(" (tried)"),
    }
}

fn main() {
    let mut a = Account::Active { owner: String::from("ann"), balance: 10 };
    let mut b = Account::Frozen(String::from("bob"));
    deposit(&mut a, 5);
    deposit(&mut b, 5);
    println!("{:?}\n{:?}", a, b);
    match a {
        Account::Active { ref owner, ref mut balance } => {
            *balance *= 2;
            println!("{owner} now has {balance}");
        }
        Account::Frozen(_) => {}
    }
    if let Account::Active { owner, balance } = &a {
        println!("{} {}", owner.len(), balance);
    }
    let mut opt = Some(3);
    if let Some(ref mut n) = opt {
        *n += 1;
    }
    if let Some(n) = &mut opt {
        *n *= 10;
    }
    println!("{:?} {:?}", a, opt);
}
