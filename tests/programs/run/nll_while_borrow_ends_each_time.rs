fn main() {
    let mut text = String::from("x");
    let mut i = 0;
    while i < 3 {
        let view = &text;
        println!("{view}");
        text.push('x');
        i += 1;
    }
    println!("{text}");
}
