// `?` converts a std error into `Box<dyn Error>`; text becomes one with
// `.into()` or `Box::from`. `main` prints its error with `Debug`.
use std::error::Error;

fn parse_num(s: &str) -> Result<i32, Box<dyn Error>> {
    let n: i32 = s.parse()?;
    if n < 0 {
        return Err("negative".into());
    }
    if n > 100 {
        return Err(Box::from("too big"));
    }
    if n == 42 {
        return Err(format!("no {}", n).into());
    }
    Ok(n)
}

fn main() -> Result<(), Box<dyn Error>> {
    for input in ["7", "x", "-3", "500", "42"] {
        match parse_num(input) {
            Ok(n) => println!("ok {}", n),
            Err(e) => println!("error: {} / {:?}", e, e),
        }
    }
    let n = parse_num("12")?;
    println!("{}", n);
    let m = parse_num("-1")?;
    println!("{}", m);
    Ok(())
}
