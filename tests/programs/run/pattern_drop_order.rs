struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Holder {
    first: Noisy,
    second: Noisy,
    third: Noisy,
}

fn main() {
    {
        let (a, b) = (Noisy("a"), Noisy("b"));
        println!("bound {} and {}", a.0, b.0);
    }
    println!("--");
    {
        let (x, _) = (Noisy("x"), Noisy("ignored"));
        println!("bound {}", x.0);
    }
    println!("--");
    {
        let h = Holder { first: Noisy("first"), second: Noisy("second"), third: Noisy("third") };
        let Holder { second, .. } = h;
        println!("took {}", second.0);
    }
    println!("--");
    let Holder { third, first, .. } = Holder { first: Noisy("f"), second: Noisy("s"), third: Noisy("t") };
    println!("have {} {}", first.0, third.0);
}
