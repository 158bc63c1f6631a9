struct Rect {
    w: u32,
    h: u32,
}

fn main() {
    let mut r = Rect { w: 2, h: 3 };
    let h = &r.h;
    r.w = 10;
    println!("{} {h}", r.w);
}
