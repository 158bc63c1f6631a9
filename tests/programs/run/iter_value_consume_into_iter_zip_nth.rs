struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let a = vec![Noisy(1), Noisy(2), Noisy(3)];
    let b = vec![Noisy(10), Noisy(20)];
    let mut ia = a.into_iter();
    ia.next();
    let ib = b.into_iter();
    let n = ia.zip(ib).map(|(x, y)| x.0 + y.0).count();
    println!("zipped {n}");
    let c = vec![Noisy(4), Noisy(5), Noisy(6), Noisy(7)];
    let mut ic = c.into_iter();
    let second = ic.nth(1);
    println!("nth {}", second.as_ref().map_or(0, |n| n.0));
    let k = ic.by_ref().take(1).count();
    println!("took {k}");
    drop(ic);
    let v = vec![3, 9, 2];
    let mut it = v.iter();
    it.next();
    println!("{:?}", it.max_by_key(|x| **x));
    let mut r = 1..=3;
    r.next(); r.next(); r.next();
    println!("{}", r.rev().count());
    let mut r = 1..=3;
    r.next();
    let back: Vec<i32> = r.rev().collect();
    println!("{back:?}");
    println!("end");
}
