fn main() {
    let price: Option<u32> = Some(20);
    let with_tax = price.map(|p| p + p / 10);
    println!("{:?}", with_tax);
}
