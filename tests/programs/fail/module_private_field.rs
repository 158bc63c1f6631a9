// A private field cannot be read outside its module.
mod account {
    pub struct Balance {
        cents: u64,
    }
    impl Balance {
        pub fn new() -> Balance {
            Balance { cents: 100 }
        }
    }
}
fn main() {
    let b = account::Balance::new();
    println!("{}", b.cents); //~ ERROR E0616
}
