fn main() {
    let x = 7;
    let r = &x;
    println!("{} {} {}", i32::to_string(&4), i32::to_string(r), f64::to_string(&1.5));
    let v: Vec<String> = [1u8, 2].iter().map(u8::to_string).collect();
    println!("{:?} {}", v, i64::abs(-3));
}
