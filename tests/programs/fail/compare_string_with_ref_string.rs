fn main() {
    let a = String::from("x");
    let b = String::from("x");
    let r = &b;
    if a == r { //~ ERROR E0277
        println!("same");
    }
}
