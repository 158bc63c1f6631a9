fn main() {
    let v = vec![1, 2, 3, 4];
    let mut it = v.iter();
    let back: Vec<_> = it.by_ref().rev().take(1).collect(); //~ UNSUPPORTED
    println!("{back:?} {:?}", it.next());
}
