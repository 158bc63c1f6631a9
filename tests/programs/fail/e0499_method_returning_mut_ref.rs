struct Account {
    owner: String,
    balance: i64,
}

impl Account {
    fn owner_mut(&mut self) -> &mut String {
        &mut self.owner
    }
}

fn main() {
    let mut acct = Account { owner: String::from("Ada"), balance: 10 };
    let a = acct.owner_mut();
    let b = acct.owner_mut(); //~ ERROR E0499
    a.push_str(" L.");
    b.push('!');
    println!("{} {}", acct.owner, acct.balance);
}
