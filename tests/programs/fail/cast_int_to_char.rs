fn main() {
    let code: i32 = 65;
    let c = code as char; //~ ERROR E0604
    println!("{}", c);
}
