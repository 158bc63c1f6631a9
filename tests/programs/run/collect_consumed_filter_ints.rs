fn main() {
    let numbers = vec![1, 2, 3, 4, 5, 6];
    let even: Vec<i32> = numbers.into_iter().filter(|n| n % 2 == 0).collect();
    println!("{:?} len {} cap {}", even, even.len(), even.capacity());
    let none: Vec<i32> = vec![1, 3].into_iter().filter(|n| n % 2 == 0).collect();
    println!("{:?} len {} cap {}", none, none.len(), none.capacity());
}
