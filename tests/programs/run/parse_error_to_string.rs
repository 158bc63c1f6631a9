fn main() {
    let e = "x".parse::<u8>().unwrap_err();
    let text = e.to_string();
    println!("{} {}", text, text.len());
    let copy = e.clone();
    println!("{:?} {}", copy, e == copy);
    let t = u8::try_from(300u16).unwrap_err();
    println!("{}", t.to_string());
}
