fn main() {
    let s = String::from("hello");
    let len = move || s.len();
    println!("{}", len());
    println!("{}", len());
}
