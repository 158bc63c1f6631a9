struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![Noisy("a"), Noisy("b"), Noisy("c"), Noisy("d"), Noisy("e")];
    let mut it = v.into_iter();
    let first = it.next().unwrap();
    println!("took {}", first.0);
    // `find` stops at "c"; "b" is dropped on the way, the rest stays.
    let found = it.find(|n| n.0 == "c");
    println!("found {}", found.is_some());
    let count = it.count();
    println!("count {count}");
    println!("end of main");
}
