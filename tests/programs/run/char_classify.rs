fn classify(c: char) -> &'static str {
    if c.is_ascii_digit() {
        "digit"
    } else if c.is_uppercase() {
        "upper"
    } else if c.is_lowercase() {
        "lower"
    } else if c.is_whitespace() {
        "space"
    } else if c.is_ascii_punctuation() {
        "punct"
    } else {
        "other"
    }
}

fn main() {
    let text = "Hi 42, Ünïcode ß\t!\u{7}é";
    for c in text.chars() {
        println!(
            "{:?} {} alpha={} num={} alnum={} ctrl={} ascii={} len={}",
            c,
            classify(c),
            c.is_alphabetic(),
            c.is_numeric(),
            c.is_alphanumeric(),
            c.is_control(),
            c.is_ascii(),
            c.len_utf8()
        );
    }
    let mut upper = String::new();
    for c in "mixed Case 9".chars() {
        upper.push(c.to_ascii_uppercase());
    }
    println!("{upper} {}", 'Q'.to_ascii_lowercase());
    println!("{} {} {}", '½'.is_numeric(), '٣'.is_numeric(), '٣'.is_ascii_digit());
    println!("{} {} {}", 'g'.is_ascii_graphic(), ' '.is_ascii_graphic(), 'F'.is_ascii_hexdigit());
}
