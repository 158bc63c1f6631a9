fn length(s: &String) -> usize {
    s.len()
}

fn main() {
    let words = vec![String::from("apple"), String::from("fig")];
    let lengths: Vec<usize> = words.iter().map(length).collect();
    println!("{:?} {:?}", words, lengths);
}
