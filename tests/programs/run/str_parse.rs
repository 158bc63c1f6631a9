fn main() {
    let text = "42";
    let n = text.parse::<i32>();
    println!("{:?}", n);
}
