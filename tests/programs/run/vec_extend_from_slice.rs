fn main() {
    let mut names = vec![String::from("ann")];
    let more = vec![String::from("bo"), String::from("cy")];
    names.extend_from_slice(&more);
    println!("{:?} {} {}", names, names.len(), names.capacity());
    println!("{:?}", more);
    let mut numbers: Vec<u8> = Vec::new();
    numbers.extend_from_slice(&[1, 2, 3]);
    println!("{:?} cap {}", numbers, numbers.capacity());
    let array = [4u8, 5, 6, 7, 8, 9];
    numbers.extend_from_slice(&array[1..4]);
    println!("{:?} cap {}", numbers, numbers.capacity());
    let mut wide: Vec<u64> = Vec::with_capacity(2);
    wide.extend(&vec![1, 2, 3]);
    println!("{:?} cap {}", wide, wide.capacity());
    wide.extend(&[9, 9]);
    println!("{:?} cap {}", wide, wide.capacity());
}
