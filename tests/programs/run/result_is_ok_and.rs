fn main() {
    let r: Result<i32, String> = Ok(5);
    println!("{}", r.is_ok_and(|v| v > 3));
    let e: Result<i32, String> = Err(String::from("no"));
    println!("{}", e.is_err_and(|m| m.len() == 2));
}
