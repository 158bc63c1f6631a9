fn main() {
    let s = String::from("hi");
    let f = move || s.len();
    println!("{}", f());
    println!("{}", s); //~ ERROR E0382
}
