fn main() {
    let mut total = 0;
    let add: Box<dyn FnMut(i32)> = Box::new(move |x| total += x);
    add(1); //~ ERROR E0596
}
