fn main() {
    let mut total = 0;
    let mut accumulate: Box<dyn FnMut(i32) -> i32> = Box::new(move |x| {
        total += x;
        total
    });
    println!("{}", accumulate(5));
    println!("{}", accumulate(7));
    println!("{}", accumulate(-2));
}
