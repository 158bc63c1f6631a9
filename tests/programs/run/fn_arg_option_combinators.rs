fn half(x: i32) -> Option<i32> {
    if x % 2 == 0 { Some(x / 2) } else { None }
}

fn fallback() -> i32 {
    -1
}

fn missing() -> String {
    String::from("missing")
}

fn is_positive(x: &i32) -> bool {
    *x > 0
}

fn main() {
    let a = Some(8);
    let b: Option<i32> = None;
    println!("{:?} {:?}", a.and_then(half), Some(3).and_then(half));
    println!("{} {}", a.unwrap_or_else(fallback), b.unwrap_or_else(fallback));
    println!("{:?} {:?}", a.ok_or_else(missing), b.ok_or_else(missing));
    println!("{:?} {:?}", a.filter(is_positive), Some(-2).filter(is_positive));
    println!("{}", b.map_or(0, i32::abs));
}
