fn main() {
    let x = &5;
    let s = String::from("hi");
    drop(s);
    println!("{}", x);
}
