use std::mem::{size_of, size_of_val};

fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    println!("{}", size_of::<fn(i32) -> i32>());
    println!("{}", size_of::<Option<fn(i32) -> i32>>());
    println!("{}", size_of_val(&double));
    let f: fn(i32) -> i32 = double;
    println!("{}", size_of_val(&f));
}
