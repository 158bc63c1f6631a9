fn check(n: i32) -> Result<i32, String> {
    if n > 0 { Ok(n) } else { Err(String::from("not positive")) }
}

fn main() {
    let r = check(4).and_then(|n| check(n - 10));
    println!("{:?}", r);
}
