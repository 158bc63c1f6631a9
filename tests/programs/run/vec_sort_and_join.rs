fn main() {
    let mut scores = vec![42, 7, 19, 7, 100, -3];
    scores.sort();
    println!("{:?}", scores);
    let mut words = vec![String::from("pear"), String::from("apple"), String::from("fig")];
    words.sort();
    let joined = words.join(", ");
    println!("{} (len {}, cap {})", joined, joined.len(), joined.capacity());
    let parts = vec!["usr", "local", "bin"];
    let path = parts.join("/");
    println!("/{}", path);
    let mut letters = vec!['d', 'a', 'c', 'b'];
    letters.sort_unstable();
    println!("{:?}", letters);
    let mut pairs = vec![(2, 'b'), (1, 'z'), (2, 'a')];
    pairs.sort();
    println!("{:?}", pairs);
}
