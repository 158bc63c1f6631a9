fn main() {
    let v = vec![String::from("zero"), String::from("one"), String::from("two")];
    match v.get(1) {
        Some(s) => println!("index 1 is {s}"),
        None => println!("no index 1"),
    }
    if let Some(s) = v.get(9) {
        println!("index 9 is {s}");
    } else {
        println!("index 9 is out of range");
    }
    println!("{:?} {:?}", v.first(), v.last());
    let empty: Vec<u8> = Vec::new();
    println!("{:?} {:?} {:?}", empty.first(), empty.last(), empty.get(0));
    let nums = vec![4, 8, 15];
    let total = nums.get(0).copied().unwrap_or(0) + nums.get(5).copied().unwrap_or(100);
    println!("{total}");
    let mut stack = vec![1, 2];
    let a = stack.pop();
    let b = stack.pop();
    let c = stack.pop();
    println!("{:?} {:?} {:?} {}", a, b, c, stack.len());
}
