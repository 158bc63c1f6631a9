struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

enum Slot {
    Empty,
    One(Noisy),
    Two(Noisy, Noisy),
    Named { first: Noisy, second: Noisy },
}

fn main() {
    let _a = Slot::One(Noisy("a"));
    let _b = Slot::Two(Noisy("b1"), Noisy("b2"));
    {
        let _c = Slot::Named { first: Noisy("c1"), second: Noisy("c2") };
        println!("inner scope ends");
    }
    let mut d = Slot::One(Noisy("d-old"));
    d = Slot::Empty;
    println!("reassigned");
    let _e = Slot::Empty;
    let _ = d;
    println!("end of main");
}
