#[derive(Debug, Clone, PartialEq)]
enum Role {
    Admin,
    User(u32),
}

#[derive(Debug, Clone)]
struct Account {
    name: String,
    role: Option<Role>,
}

fn level(a: &Account) -> u32 {
    match &a.role {
        Some(Role::Admin) => 100,
        Some(Role::User(n)) if *n > 5 => 50,
        Some(Role::User(_)) => 10,
        None => 0,
    }
}

fn main() {
    let accounts = vec![
        Account { name: String::from("root"), role: Some(Role::Admin) },
        Account { name: String::from("kim"), role: Some(Role::User(9)) },
        Account { name: String::from("lee"), role: Some(Role::User(1)) },
        Account { name: String::from("guest"), role: None },
    ];
    for a in &accounts {
        println!("{:<6} {:>3} {:?}", a.name, level(a), a.role);
    }
    let copy = accounts[1].clone();
    println!("{}", copy.role == Some(Role::User(9)));
    println!("{}", accounts[0].role.as_ref() == Some(&Role::Admin));
    let roles = vec![Role::Admin, Role::User(3)];
    println!("{}", roles[1] != Role::Admin);
}
