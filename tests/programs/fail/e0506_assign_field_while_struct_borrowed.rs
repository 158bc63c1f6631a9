struct Rect {
    w: u32,
    h: u32,
}

fn main() {
    let mut r = Rect { w: 2, h: 3 };
    let view = &r;
    r.w = 10; //~ ERROR E0506
    println!("{} {}", view.w, view.h);
}
