fn main() {
    let x: Option<u32> = Some(2);
    println!("{}", x.is_some_and(|v| v > 1));
    println!("{}", x.is_some_and(|v| v > 5));
    let y: Option<u32> = None;
    println!("{}", y.is_some_and(|v| v > 1));
    println!("{}", y.is_none_or(|v| v > 1));
}
