fn main() {
    let s = String::from("hi");
    let eat = move || drop(s);
    eat();
    eat(); //~ ERROR E0382
}
