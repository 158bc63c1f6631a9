#[derive(Debug)]
struct Color {
    r: u8,
    g: u8,
    b: u8,
}

fn main() {
    let c = Color { r: 255, g: 16, b: 0 };
    println!("{:x?}", c);
    println!("{:X?}", c);
    println!("{:#x?}", c);
    println!("{:x?}", (-1i8, 300u16, Some(4096u32)));
    println!("{:>6x?}|", 255);
    println!("{:08X?}", 48879);
    println!("{:x?}", vec![1.5, 2.0]);
    println!("{:x?}", "text");
}
