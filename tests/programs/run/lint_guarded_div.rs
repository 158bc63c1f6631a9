fn main() {
    let d = 0;
    if d != 0 {
        println!("{}", 10 / d);
    } else {
        println!("no division");
    }
}
