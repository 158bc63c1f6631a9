fn main() {
    let names = vec![String::from("Ferris"), String::from("Corro"), String::from("Bo")];
    let lengths: Vec<usize> = names.iter().map(|s| s.len()).collect();
    println!("{:?}", lengths);
    let total: usize = names.iter().map(|s| s.len()).sum();
    println!("{total}");
    let longest = names.iter().map(|s| s.len()).max();
    println!("{:?}", longest);
    let shouted: Vec<String> = names.iter().map(|s| s.to_uppercase()).collect();
    println!("{:?} {}", shouted, shouted.capacity());
    println!("{:?}", names);
}
