// A helper returning its own error type, converted by `?` in the caller;
// a `&dyn Error` prints like the box.
use std::error::Error;
use std::num::ParseIntError;

fn double(s: &str) -> Result<i32, ParseIntError> {
    let n: i32 = s.trim().parse()?;
    Ok(n * 2)
}

fn run(s: &str) -> Result<i32, Box<dyn Error>> {
    let d = double(s)?;
    if d == 0 {
        let message = String::from("zero");
        return Err(message.into());
    }
    Ok(d)
}

fn describe(e: &dyn Error) -> String {
    format!("[{}]", e)
}

fn main() -> Result<(), Box<dyn Error>> {
    println!("{:?}", run(" 21 "));
    println!("{:?}", run("0"));
    match run("abc") {
        Err(e) => {
            println!("{}", describe(&*e));
            println!("{}", e.to_string());
        }
        Ok(v) => println!("{}", v),
    }
    let boxed: Box<dyn Error> = Box::new("1.5x".parse::<f64>().unwrap_err());
    println!("{:?}", boxed);
    run("")?;
    println!("unreachable");
    Ok(())
}
