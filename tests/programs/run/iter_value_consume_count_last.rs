fn main() {
    let words = vec!["a", "bb", "ccc"];
    let mut it = words.iter();
    it.next();
    println!("count {}", it.count());
    let it = words.iter();
    println!("last {:?}", it.last());
    let mut it = words.iter();
    it.next();
    it.next();
    it.next();
    println!("last of empty {:?}", it.last());
}
