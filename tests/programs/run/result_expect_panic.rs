fn check(age: i32) -> Result<i32, String> {
    if age < 0 {
        let mut msg = String::from("negative age: ");
        msg.push('-');
        Err(msg)
    } else {
        Ok(age)
    }
}

fn main() {
    println!("{:?}", check(30));
    let a = check(30).expect("valid age");
    println!("a = {a}");
    let b = check(-2).expect("age must be positive");
    println!("b = {b}");
}
