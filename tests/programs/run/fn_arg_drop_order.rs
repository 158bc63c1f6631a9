struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn consume(n: Noisy) -> usize {
    println!("consume {}", n.0);
    n.0.len()
}

fn main() {
    let items = vec![Noisy("a"), Noisy("bb"), Noisy("ccc")];
    let total: usize = items.into_iter().map(consume).sum();
    println!("{}", total);
    let more = vec![Noisy("x"), Noisy("y")];
    more.into_iter().for_each(drop);
    println!("end");
}
