fn main() {
    let s = String::from("before the panic");
    println!("{s}");
    let n = s.len();
    if n > 3 {
        panic!("too long: {} bytes", n);
    }
    println!("not printed");
}
