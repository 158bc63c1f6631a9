fn show(a: &String, b: &String) {
    println!("{a} {b}");
}

fn main() {
    let s = String::from("shared");
    let r1 = &s;
    let r2 = r1;
    show(r1, r2);
    show(&s, r1);
    println!("{s}");
}
