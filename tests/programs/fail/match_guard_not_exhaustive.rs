fn main() {
    let n: Option<i32> = Some(3);
    match n { //~ ERROR E0004
        Some(x) if x > 0 => println!("positive"),
        Some(x) if x <= 0 => println!("not positive"),
        None => println!("none"),
    }
}
