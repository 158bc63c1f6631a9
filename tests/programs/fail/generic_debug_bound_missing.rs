use std::fmt::Debug;

fn show<T: Debug>(value: T) {
    println!("{:?}", value);
}

struct Opaque {
    id: u32,
}

fn main() {
    show(5);
    show(Opaque { id: 1 }); //~ ERROR E0277
}
