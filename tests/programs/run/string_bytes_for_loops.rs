// `for` loops over the bytes of a String and of a `&str`.
fn count_vowels(text: &str) -> usize {
    let mut count = 0;
    for &byte in text.as_bytes() {
        if matches!(byte, b'a' | b'e' | b'i' | b'o' | b'u') {
            count += 1;
        }
    }
    count
}

fn main() {
    let s = String::from("abracadabra");
    let mut a_count = 0;
    for &byte in s.as_bytes() {
        if byte == b'a' {
            a_count += 1;
        }
    }
    println!("{a_count} a's");
    let bytes = s.as_bytes();
    for (i, &c) in bytes.iter().enumerate() {
        if c == b'c' {
            println!("c at {i}");
        }
    }
    for b in s.as_bytes().iter().rev().take(3) {
        print!("{} ", b);
    }
    println!();
    println!("{} vowels", count_vowels("programming in rust"));
    let mut i = 0;
    while i < bytes.len() && bytes[i] != b'd' {
        i += 1;
    }
    println!("d at {i}: {}", &s[i..]);
}
