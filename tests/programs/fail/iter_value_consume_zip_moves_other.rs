fn main() {
    let v = vec![1, 2, 3];
    let a = v.iter();
    let mut b = 0..3;
    let pairs: Vec<_> = a.zip(b).collect();
    println!("{pairs:?} {:?}", b.next()); //~ ERROR E0382
}
