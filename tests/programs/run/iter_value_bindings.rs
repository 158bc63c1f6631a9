fn main() {
    let v = vec![1, 2, 3];
    let r: std::ops::Range<usize> = 0..v.len();
    let mut r2 = 1..4;
    let (mut a, mut b) = (v.iter(), 0..2);
    println!("{:?} {:?} {:?} {:?}", r, r2.next(), a.next(), b.next());
    let mut f = || b.next();
    println!("{:?}", f());
    let o = Some(v.iter());
    if let Some(mut it) = o {
        println!("{:?}", it.next());
    }
    let n = r.end - r.start;
    println!("{n}");
}
