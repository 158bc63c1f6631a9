fn main() {
    let names = vec!["ann", "bob", "cy"];
    let ages = [31, 42, 27, 55];
    let mut a = names.iter();
    a.next();
    let b = ages.iter();
    for (name, age) in a.zip(b) {
        println!("{name} {age}");
    }
    let left = 0..3;
    let right = "xyz".chars();
    let pairs: Vec<(i32, char)> = left.zip(right).collect();
    println!("{pairs:?} cap {}", pairs.capacity());
    let numbers = vec![1, 2, 3];
    let sum: i32 = numbers.iter().zip(ages.iter()).map(|(x, y)| x * y).sum();
    println!("{sum}");
}
