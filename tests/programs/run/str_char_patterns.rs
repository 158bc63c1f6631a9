fn count_matching(words: &[&str], letter: char) -> usize {
    let mut n = 0;
    for w in words {
        if w.starts_with(letter) || w.ends_with(letter) {
            n += 1;
        }
    }
    n
}

fn main() {
    let text = String::from("hello, world");
    println!("{} {} {}", text.contains('w'), text.contains('z'), text.contains("lo, "));
    println!("{} {}", text.starts_with('h'), text.ends_with('d'));
    let needle = "wor";
    let owned = String::from("hell");
    println!("{} {}", text.contains(&needle), text.starts_with(&owned));
    println!("{}", "ünïcode".starts_with('ü'));
    let words = ["anna", "bob", "civic", "dad", "eve"];
    println!("{}", count_matching(&words, 'a'));
    println!("{}", count_matching(&words, 'e'));
}
