struct Inner {
    x: i32,
    y: i32,
}

struct Outer {
    inner: Inner,
    label: String,
}

fn main() {
    let mut o = Outer { inner: Inner { x: 1, y: 2 }, label: String::from("o") };
    let x = &mut o.inner.x;
    let y = &o.inner.y;
    let label = &mut o.label;
    *x += *y;
    label.push('!');
    println!("{} {} {}", o.inner.x, o.inner.y, o.label);
}
