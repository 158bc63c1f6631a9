fn main() {
    let mut text = String::from("a");
    let view = &text;
    let mut n = 0;
    while n < 3 {
        text.push('a'); //~ ERROR E0502
        n += 1;
    }
    println!("{view}");
}
