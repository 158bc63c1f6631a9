use std::fmt::{Debug, Display};

fn describe<T>(value: T) -> String
where
    T: Display + Clone,
{
    let copy = value.clone();
    format!("<{}|{}>", value, copy)
}

fn show_both<T, U>(t: &T, u: &U)
where
    T: Display,
    U: Debug,
{
    println!("display {} and debug {:?}", t, u);
}

fn main() {
    println!("{}", describe(7));
    println!("{}", describe("text"));
    println!("{}", describe(String::from("owned")));
    println!("{}", describe(2.5));
    show_both(&'q', &vec![1, 2]);
    show_both(&String::from("s"), &("tuple", 3));
    show_both(&-4i64, &[0.5, 1.0]);
}
