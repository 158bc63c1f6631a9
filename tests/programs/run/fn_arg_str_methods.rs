fn main() {
    let words = vec!["Hello", "big", "world"];
    let lengths: Vec<usize> = words.iter().copied().map(str::len).collect();
    let upper: Vec<String> = words.iter().copied().map(str::to_uppercase).collect();
    let owned = vec![String::from("ab"), String::new()];
    let sizes: Vec<usize> = owned.iter().map(String::len).collect();
    println!("{:?} {:?} {:?}", lengths, upper, sizes);
}
