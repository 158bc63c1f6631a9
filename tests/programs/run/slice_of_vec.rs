fn sum(values: &[i32]) -> i32 {
    let mut total = 0;
    for v in values {
        total += *v;
    }
    total
}

fn main() {
    let numbers = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let middle = &numbers[2..5];
    println!("{:?} len {}", middle, middle.len());
    println!("first {} last {}", middle[0], middle[middle.len() - 1]);
    println!("sum of all {}", sum(&numbers));
    println!("sum of middle {}", sum(middle));
    println!("sum of tail {}", sum(&numbers[5..]));
    println!("sum of head {}", sum(&numbers[..=1]));
    let whole: &[i32] = &numbers;
    println!("{:?} {}", whole, whole.is_empty());
}
