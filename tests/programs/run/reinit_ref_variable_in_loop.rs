fn main() {
    let words = vec![String::from("a"), String::from("bb"), String::from("ccc")];
    let mut longest = &words[0];
    for w in &words {
        if w.len() > longest.len() {
            longest = w;
        }
    }
    println!("{longest}");
}
