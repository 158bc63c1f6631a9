fn main() {
    let a = 1u8;
    let b = 2u64;
    let s = String::from("x");
    let none = || 1;
    let refs = || a as u64 + b;
    let owns = move || s.len() + a as usize;
    println!("{}", std::mem::size_of_val(&none));
    println!("{}", std::mem::size_of_val(&refs));
    println!("{}", std::mem::size_of_val(&owns));
}
