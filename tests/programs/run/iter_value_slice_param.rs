fn first_two(items: &[i32]) -> i32 {
    let mut it = items.iter();
    let a = it.next().copied().unwrap_or(0);
    let b = match it.next() {
        Some(b) => *b,
        None => 0,
    };
    a + b
}

fn main() {
    let v = vec![4, 5, 6];
    println!("{}", first_two(&v));
    println!("{}", first_two(&v[2..]));
    println!("{}", first_two(&[]));
}
