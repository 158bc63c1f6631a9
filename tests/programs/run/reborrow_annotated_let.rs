fn main() {
    let mut s = String::from("x");
    let r = &mut s;
    let r2: &mut String = r;
    r2.push('a');
    r.push('b');
    println!("{s}");
}
