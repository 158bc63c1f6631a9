fn main() {
    let some: Option<u8> = Some(4);
    let none: Option<u8> = None;
    println!("{}", some.map_or(0, |v| v * 3));
    println!("{}", none.map_or(0, |v| v * 3));
    let word: Option<String> = Some(String::from("hello"));
    println!("{}", word.map_or(String::from("nothing"), |w| w + "!"));
}
