fn kind(c: char) -> &'static str {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        'A'..='Z' => "capital",
        '0'..='9' => "digit",
        ' ' | '\n' | '\t' => "space",
        _ => "other",
    }
}

fn grade(score: u8) -> char {
    match score {
        90..=100 => 'A',
        80..90 => 'B',
        70..80 => 'C',
        0..70 => 'F',
        _ => '?',
    }
}

fn main() {
    let text = "Hi 2u!";
    let mut i = 0;
    let chars = vec!['H', 'i', ' ', '2', 'u', '!'];
    for c in &chars {
        println!("{i}: {c:?} is a {}", kind(*c));
        i += 1;
    }
    println!("{}", text.len());
    let scores = vec![95, 85, 72, 40, 101];
    for s in &scores {
        println!("{s} -> {}", grade(*s));
    }
}
