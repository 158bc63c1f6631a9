fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let total: i32 = v.iter().sum();
    println!("{total}");
    let doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();
    println!("{:?} {}", doubled, doubled.capacity());
    let evens: Vec<&i32> = v.iter().filter(|x| **x % 2 == 0).collect();
    println!("{:?} {}", evens, evens.capacity());
}
