fn main() {
    let words = vec!["alpha", "beta", "gamma"];
    let sentence = words.iter().fold(String::new(), |mut acc, w| {
        if !acc.is_empty() {
            acc.push_str(", ");
        }
        acc.push_str(w);
        acc
    });
    println!("{sentence} ({} bytes, cap {})", sentence.len(), sentence.capacity());
    let total = (1..=5).fold(0, |acc, x| acc + x);
    println!("{total}");
    let digits = (0..5).fold(String::new(), |acc, d| acc + &d.to_string());
    println!("{digits}");
}
