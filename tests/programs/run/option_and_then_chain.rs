fn half(n: i32) -> Option<i32> {
    if n % 2 == 0 { Some(n / 2) } else { None }
}

fn main() {
    let a = Some(12).and_then(|n| half(n)).and_then(|n| half(n));
    let b = Some(6).and_then(|n| half(n)).and_then(|n| half(n));
    println!("{:?} {:?}", a, b);
}
