fn main() {
    let small = Some(4).filter(|&n| n < 10); //~ UNSUPPORTED
    println!("{:?}", small);
}
