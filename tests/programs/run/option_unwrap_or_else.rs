fn main() {
    let fallback = 7;
    let a: Option<i32> = None;
    let b: Option<i32> = Some(3);
    println!("{}", a.unwrap_or_else(|| fallback * 2));
    println!("{}", b.unwrap_or_else(|| fallback * 2));
}
