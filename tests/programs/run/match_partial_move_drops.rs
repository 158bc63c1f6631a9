struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

enum Pair {
    Both(Noisy, Noisy),
    One(Noisy),
}

fn main() {
    let p = Pair::Both(Noisy("left"), Noisy("right"));
    match p {
        Pair::Both(l, _) => {
            println!("took {}", l.0);
        }
        Pair::One(_) => println!("one"),
    }
    println!("after match");
    let q = Pair::One(Noisy("solo"));
    if let Pair::One(ref n) = q {
        println!("peek {}", n.0);
    }
    let r = Pair::Both(Noisy("a"), Noisy("b"));
    let kept = match r {
        Pair::Both(_, b) => b,
        Pair::One(x) => x,
    };
    println!("kept {}", kept.0);
    println!("end of main");
}
