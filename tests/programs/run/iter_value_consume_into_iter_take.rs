struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![Noisy(1), Noisy(2), Noisy(3), Noisy(4), Noisy(5)];
    let mut it = v.into_iter();
    it.next();
    // The elements `take` does not reach are dropped with the iterator.
    let total: u32 = it.take(2).map(|n| n.0).sum();
    println!("total {total}");
    let w = vec![Noisy(6), Noisy(7), Noisy(8)];
    let it = w.into_iter();
    for n in it.rev() {
        println!("got {}", n.0);
        if n.0 == 7 {
            break;
        }
    }
    println!("end of main");
}
