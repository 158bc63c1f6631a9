fn main() {
    let mut s = String::from("a");
    let r1 = &mut s;
    r1.push('b');
    let r2 = &mut s;
    r2.push('c');
    println!("{s}");
}
