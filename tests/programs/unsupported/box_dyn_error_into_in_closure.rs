// `.into()` whose target only a closure's return type gives is not modelled.
use std::error::Error;

fn main() {
    let r: Result<u8, Box<dyn Error>> = "300".parse::<u8>().map_err(|e| e.into()); //~ UNSUPPORTED
    println!("{:?}", r);
}
