use std::fmt;

struct Secret {
    user: String,
    password: String,
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret {{ user: {:?}, password: \"{}\" }}", self.user, "*".repeat(self.password.len()))
    }
}

#[derive(Debug)]
struct Account {
    id: u32,
    secret: Secret,
}

fn main() {
    let s = Secret { user: String::from("ana"), password: String::from("hunter2") };
    println!("{:?}", s);
    let account = Account { id: 1, secret: s };
    println!("{:?}", account);
    println!("{:#?}", account);
    let list = vec![Account { id: 2, secret: Secret { user: String::from("bo"), password: String::from("x") } }];
    println!("{:?}", list);
    println!("{:#?}", list);
}
