use std::mem::size_of;
use std::num::{ParseFloatError, ParseIntError, TryFromIntError};
use std::str::ParseBoolError;

fn main() {
    println!("{}", size_of::<ParseIntError>());
    println!("{}", size_of::<ParseFloatError>());
    println!("{}", size_of::<ParseBoolError>());
    println!("{}", size_of::<TryFromIntError>());
    println!("{}", size_of::<Option<ParseIntError>>());
    println!("{}", size_of::<Result<u8, ParseIntError>>());
    println!("{}", size_of::<Result<u64, ParseIntError>>());
    println!("{}", size_of::<Result<f32, ParseFloatError>>());
    println!("{}", size_of::<Result<bool, ParseBoolError>>());
    println!("{}", size_of::<Result<u8, TryFromIntError>>());
    println!("{}", size_of::<Result<char, std::char::ParseCharError>>());
}
