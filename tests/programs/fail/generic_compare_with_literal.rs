fn positive<T: PartialOrd>(x: T) -> bool {
    x > 0 //~ ERROR E0308
}

fn main() {
    println!("{}", positive(5));
}
