// A program's own error type behind `Box<dyn Error>` is not modelled yet.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct Empty;

impl fmt::Display for Empty {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "empty input")
    }
}

impl Error for Empty {} //~ UNSUPPORTED

fn main() {
    let e: Box<dyn Error> = Box::new(Empty);
    println!("{}", e);
}
