struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn keeper(n: Noisy) -> impl Fn() -> usize {
    move || {
        let inner = &n;
        inner.0.len()
    }
}

fn once(n: Noisy) -> impl FnOnce() -> usize {
    move || {
        let len = n.0.len();
        drop(n);
        len
    }
}

fn main() {
    let k = keeper(Noisy("kept"));
    println!("{}", k());
    {
        let inner = keeper(Noisy("inner"));
        println!("{}", inner());
    }
    let o = once(Noisy("once"));
    println!("{}", o());
    println!("end of main");
}
