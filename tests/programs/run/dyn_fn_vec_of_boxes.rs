fn main() {
    let factor = 3;
    let operations: Vec<Box<dyn Fn(i32) -> i32>> = vec![
        Box::new(|x| x + 1),
        Box::new(move |x| x * factor),
        Box::new(|x| x - 7),
    ];
    for op in &operations {
        println!("{}", op(10));
    }
    let total: i32 = operations.iter().map(|op| op(1)).sum();
    println!("{total}");
}
