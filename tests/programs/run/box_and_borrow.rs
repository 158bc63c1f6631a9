fn main() {
    let b = Box::new(5);
    let r = &b;
    let m = **r + 1;
    println!("b = {}, r = {:?}, m = {m}", b, r);
    let mut x = 10;
    {
        let y = &mut x;
        *y += 1;
    }
    println!("x = {x}");
}
