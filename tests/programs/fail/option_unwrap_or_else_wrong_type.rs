fn main() {
    let a: Option<i32> = None;
    let v = a.unwrap_or_else(|| "zero"); //~ ERROR E0308
    println!("{}", v);
}
