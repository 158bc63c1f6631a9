fn main() {
    let mut r = 0..5;
    println!("{:?}", r.next());
    let rest: i32 = r.sum();
    println!("{rest}");
    let mut r = 1..=4;
    println!("{:?}", r.next());
    let product: i32 = r.product();
    println!("{product}");
    let mut r = 3..=3;
    println!("{:?}", r.next());
    println!("exhausted count {}", r.count());
    let r = 0u8..4;
    let v: Vec<u8> = r.collect();
    println!("{v:?} cap {}", v.capacity());
}
