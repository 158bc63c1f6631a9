fn main() {
    let mut t = (String::from("a"), String::from("b"));
    let first = &mut t.0;
    let second = &mut t.1;
    first.push('1');
    second.push('2');
    println!("{:?}", t);
}
