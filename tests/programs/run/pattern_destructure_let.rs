#[derive(Debug)]
struct Rect {
    origin: (i32, i32),
    size: Size,
    label: String,
}

#[derive(Debug, Clone, Copy)]
struct Size {
    w: u32,
    h: u32,
}

fn main() {
    let r = Rect { origin: (2, -3), size: Size { w: 4, h: 5 }, label: String::from("box") };
    let Rect { origin: (x, y), size: Size { w, h }, .. } = r;
    println!("at ({x}, {y}) size {w}x{h}");
    let Rect { label, .. } = r;
    println!("label moved out: {label}");
    println!("origin still readable: {:?}", r.origin);
    let (first, .., last) = (1, 2, 3, 4, 5);
    let (_, second, ..) = (10, 20, 30);
    println!("{first} {last} {second}");
    let ((a, b), c) = ((String::from("p"), 7), 'z');
    println!("{a} {b} {c}");
}
