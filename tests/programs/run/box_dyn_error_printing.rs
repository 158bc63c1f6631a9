// How each boxed error prints: std's errors with their own `Display` and
// `Debug`, text as the string it holds (quoted by `{:?}`).
use std::error::Error;

fn fail(kind: u8) -> Result<(), Box<dyn Error>> {
    match kind {
        0 => Err("plain text".into()),
        1 => Err(String::from("owned text").into()),
        2 => Err(Box::from("from a str")),
        3 => Err("".into()),
        4 => {
            let n: i64 = "".parse()?;
            println!("{}", n);
            Ok(())
        }
        5 => {
            let c: char = "ab".parse()?;
            println!("{}", c);
            Ok(())
        }
        _ => Ok(()),
    }
}

fn main() {
    for kind in 0..7 {
        match fail(kind) {
            Ok(()) => println!("{}: fine", kind),
            Err(e) => println!("{}: {} | {:?} | {:>12}|", kind, e, e, e.to_string()),
        }
    }
}
