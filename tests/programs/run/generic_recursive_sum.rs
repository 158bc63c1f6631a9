fn sum_from<T: Copy + std::ops::Add<Output = T>>(items: &[T], start: usize, acc: T) -> T {
    if start == items.len() {
        acc
    } else {
        sum_from(items, start + 1, acc + items[start])
    }
}

fn count<T>(items: &[T]) -> usize {
    items.len()
}

fn main() {
    let ints = [1, 2, 3, 4];
    let floats = vec![0.5, 0.25, 0.125];
    println!("{}", sum_from(&ints, 0, 0));
    println!("{}", sum_from(&floats, 0, 0.0));
    println!("{}", sum_from(&[10u8, 20, 30], 1, 5));
    println!("{} {}", count(&ints), count(&floats));
    println!("{}", count::<String>(&[]));
}
