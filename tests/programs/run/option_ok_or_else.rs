fn main() {
    let found: Option<i32> = None;
    let r: Result<i32, String> = found.ok_or_else(|| String::from("missing"));
    println!("{:?}", r);
    let r2: Result<i32, String> = Some(1).ok_or_else(|| String::from("missing"));
    println!("{:?}", r2);
}
