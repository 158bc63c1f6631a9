fn main() {
    let mut a = 1;
    let mut b = 2;
    let mut r = &mut a;
    let inner = &mut *r;
    *inner += 10;
    r = &mut b;
    *r += 100;
    println!("{a} {b}");
}
