fn main() {
    let values = vec![1, 2, 3];
    let summary: Box<dyn Fn() -> i32> = Box::new(move || values.iter().sum());
    println!("{}", summary());
    println!("{}", summary());
}
