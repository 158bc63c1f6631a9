fn show<T>(value: T) {
    println!("value: {}", value); //~ ERROR E0277
}

fn main() {
    show(5);
}
