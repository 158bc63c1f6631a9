fn main() {
    let parsed = "x1".parse::<i64>();
    println!("{:#?}", parsed);
    let fine = "17".parse::<i64>();
    println!("{:#?}", fine);
    let converted = u8::try_from(1000i32);
    println!("{:#?}", converted);
}
