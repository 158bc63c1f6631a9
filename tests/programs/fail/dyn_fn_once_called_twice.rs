fn main() {
    let f: Box<dyn FnOnce()> = Box::new(|| println!("once"));
    f();
    f(); //~ ERROR E0382
}
