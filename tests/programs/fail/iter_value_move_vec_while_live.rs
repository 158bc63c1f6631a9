fn main() {
    let v = vec![1, 2, 3];
    let mut it = v.iter();
    let w = v; //~ ERROR E0505
    println!("{:?} {:?}", it.next(), w);
}
