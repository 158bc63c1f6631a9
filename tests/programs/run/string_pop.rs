fn main() {
    let mut word = String::from("naïve!");
    println!("{:?} {} {}", word.pop(), word, word.len());
    let mut reversed = String::new();
    while let Some(c) = word.pop() {
        reversed.push(c);
    }
    println!("{reversed} {:?} {} {}", word.pop(), word.len(), word.capacity());
}
