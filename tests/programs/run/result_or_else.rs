fn retry(code: i32) -> Result<i32, i32> {
    if code > 1 { Ok(code * 10) } else { Err(code + 1) }
}

fn main() {
    let r: Result<i32, i32> = Err(1);
    println!("{:?}", r.or_else(|c| retry(c)));
    let r: Result<i32, i32> = Err(0);
    println!("{:?}", r.or_else(|c| retry(c)));
}
