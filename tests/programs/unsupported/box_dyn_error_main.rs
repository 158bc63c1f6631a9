// `Box<dyn Error>` (std's error trait objects and `?`'s `From` into them)
// is not modelled yet.
use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> { //~ UNSUPPORTED
    let n: i32 = "42".parse()?;
    println!("{}", n);
    Ok(())
}
