use std::ops::Deref;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Guard {
    name: Noisy,
    payload: Noisy,
}

impl Deref for Guard {
    type Target = Noisy;
    fn deref(&self) -> &Noisy {
        println!("deref {}", self.name.0);
        &self.payload
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop guard {}", self.name.0);
    }
}

fn name_of(n: &Noisy) -> &'static str {
    n.0
}

fn main() {
    let a = Guard { name: Noisy("a"), payload: Noisy("a's payload") };
    {
        let b = Guard { name: Noisy("b"), payload: Noisy("b's payload") };
        println!("{}", name_of(&b));
    }
    println!("{}", (*a).0);
    println!("end of main");
}
