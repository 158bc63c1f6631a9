fn main() {
    let text = String::from("héllo wörld");
    let mut chars = text.chars();
    chars.next();
    chars.next();
    let rest: String = chars.collect();
    println!("{rest} {}", rest.capacity());
    let chars = text.chars();
    println!("count {}", chars.count());
    let mut chars = text.chars();
    chars.next();
    let upper: Vec<char> = chars.filter(|c| c.is_alphabetic()).collect();
    println!("{upper:?} cap {}", upper.capacity());
}
