fn main() {
    let mut chars = "a😀b".chars();
    while let Some(c) = chars.next() {
        println!("{c} {}", c.len_utf8());
    }
    println!("{:?}", chars.next());
    println!("{:?}", chars);
}
