fn total(values: &[i32]) -> i32 {
    values.iter().sum()
}

fn double_all(values: &mut Vec<i32>) {
    for v in values.iter_mut() {
        *v *= 2;
    }
}

fn count_words(text: &str) -> usize {
    text.split_whitespace().count()
}

fn longest(words: &[&str]) -> usize {
    words.iter().map(|w| w.len()).max().unwrap_or(0)
}

fn main() {
    let mut v = vec![1, 2, 3];
    println!("{}", total(&v));
    double_all(&mut v);
    println!("{:?} {}", v, total(&v));
    println!("{}", count_words("  many   spaces here "));
    println!("{}", longest(&["a", "abcd", "ab"]));
    println!("{}", longest(&[]));
}
