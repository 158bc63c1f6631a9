fn main() {
    let s = String::from("many");
    let a = &s;
    let b = &s;
    let c = &s;
    println!("{a} {b} {c} {}", s.len());
}
