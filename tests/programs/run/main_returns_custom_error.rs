use std::fmt;

struct Failure {
    code: u8,
    reason: String,
}

impl fmt::Debug for Failure {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "failure {} ({})", self.code, self.reason)
    }
}

impl Drop for Failure {
    fn drop(&mut self) {
        println!("dropping failure {}", self.code);
    }
}

fn step(n: u8) -> Result<u8, Failure> {
    if n > 2 {
        Err(Failure { code: n, reason: String::from("too far") })
    } else {
        Ok(n + 1)
    }
}

fn main() -> Result<(), Failure> {
    let mut n = 0;
    loop {
        n = step(n)?;
        println!("at {n}");
    }
}
