#[derive(Debug, Clone)]
struct Color {
    r: u8,
    g: u8,
    b: u8,
}

fn main() {
    let a = Color { r: 1, g: 2, b: 3 };
    let b = a.clone();
    println!("{:?}", b);
    if a == b { //~ ERROR E0369
        println!("same");
    }
}
