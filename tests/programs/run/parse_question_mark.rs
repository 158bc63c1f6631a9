use std::num::ParseIntError;

fn add_strings(a: &str, b: &str) -> Result<i32, ParseIntError> {
    let x: i32 = a.parse()?;
    let y: i32 = b.parse()?;
    Ok(x + y)
}

fn main() {
    println!("{:?}", add_strings("2", "40"));
    println!("{:?}", add_strings("2", "forty"));
    match add_strings("", "1") {
        Ok(sum) => println!("sum {}", sum),
        Err(e) => println!("failed: {}", e),
    }
}
