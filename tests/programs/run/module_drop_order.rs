// Values of a module's types drop like any others.
mod guard {
    pub struct Guard {
        pub name: &'static str,
    }
    impl Drop for Guard {
        fn drop(&mut self) {
            println!("drop {}", self.name);
        }
    }
    pub fn make(name: &'static str) -> Guard {
        Guard { name }
    }
}
use guard::Guard;
fn main() {
    let a = guard::make("a");
    let b = Guard { name: "b" };
    {
        let _c = guard::make("c");
        println!("inner scope");
    }
    println!("{} {}", a.name, b.name);
}
