fn main() {
    let mut pair = (String::from("a"), String::from("b"));
    let left = &pair.0;
    let taken = pair.1;
    pair.1 = String::from("c");
    println!("{left} {taken} {}", pair.1);
}
