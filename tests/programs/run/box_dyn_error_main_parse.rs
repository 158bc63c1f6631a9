// `main` returning `Box<dyn Error>`: a `ParseIntError` from `?` ends the
// program with exit code 1 and its `Debug` on stderr.
use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    let good: i32 = "12".parse()?;
    println!("good {}", good);
    let bad: u8 = "256".parse()?;
    println!("bad {}", bad);
    Ok(())
}
