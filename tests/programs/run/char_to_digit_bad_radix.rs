fn main() {
    let radix = 40;
    println!("checking");
    println!("{:?}", '7'.to_digit(radix));
}
