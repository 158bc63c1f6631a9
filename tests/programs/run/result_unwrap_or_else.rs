fn main() {
    let bad: Result<i32, String> = Err(String::from("boom"));
    let value = bad.unwrap_or_else(|e| e.len() as i32);
    println!("{}", value);
    let good: Result<i32, String> = Ok(3);
    println!("{}", good.unwrap_or_else(|e| e.len() as i32));
}
