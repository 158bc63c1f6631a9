fn make<T: Default>() -> T {
    T::default()
}

fn main() {
    let x = make(); //~ ERROR E0283
    println!("made");
}
