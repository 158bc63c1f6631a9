fn main() {
    let x = 5;
    let x = x * 2;
    let t = (x, 'c', true, "str");
    let (a, b) = (1u8, 2i64);
    println!("{x} {:?} {} {}", t, t.0, t.3);
    println!("{:#?}", (a, b));
    let s = String::from("moved");
    let pair = (s, 3);
    println!("{:?}", pair);
    let p = pair.0;
    println!("{p} {}", pair.1);
}
