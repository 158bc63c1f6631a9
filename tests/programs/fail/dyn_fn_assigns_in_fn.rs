fn main() {
    let mut count = 0;
    let f: Box<dyn Fn()> = Box::new(move || count += 1); //~ ERROR E0594
    f();
}
