fn longer<'a>(a: &'a String, b: &'a String) -> &'a String {
    if a.len() >= b.len() {
        return a;
    }
    b
}

fn main() {
    let x = String::from("xxx");
    let y = String::from("yy");
    println!("{}", longer(&x, &y));
}
