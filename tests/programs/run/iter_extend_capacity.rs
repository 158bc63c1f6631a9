fn main() {
    let mut v = vec![1, 2];
    println!("{} {}", v.len(), v.capacity());
    v.extend((3..=6).map(|x| x * 10));
    println!("{:?} {} {}", v, v.len(), v.capacity());
    let w = vec![7, 8, 9];
    v.extend(w.iter());
    println!("{} {}", v.len(), v.capacity());
    v.extend(w.iter().filter(|x| **x > 7));
    println!("{:?} {} {}", v, v.len(), v.capacity());
    let mut words: Vec<String> = Vec::new();
    words.extend(["a", "b"].iter().map(|s| s.to_string()));
    println!("{:?} {}", words, words.capacity());
}
