fn main() {
    let mut stack = Vec::new();
    for i in 1..=4 {
        stack.push(i * i);
    }
    println!("{:?} cap {}", stack, stack.capacity());
    while let Some(top) = stack.pop() {
        println!("popped {top}, {} left", stack.len());
    }
    println!("empty: {:?} cap {}", stack, stack.capacity());
    let mut words = vec![String::from("a"), String::from("bb"), String::from("ccc")];
    let mut total = 0;
    while let Some(w) = words.pop() {
        total += w.len();
        if total > 4 {
            println!("stop at {w}");
            break;
        }
    }
    println!("{total} {:?}", words);
}
