use std::num::ParseIntError;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn double(text: &str) -> Result<i32, ParseIntError> {
    let n: i32 = text.parse()?;
    Ok(n * 2)
}

fn main() -> Result<(), ParseIntError> {
    let _guard = Noisy("guard");
    println!("{}", double("21")?);
    println!("{}", double("4x")?);
    println!("not reached");
    Ok(())
}
