fn digit_sum(s: &str) -> u32 {
    let mut sum = 0;
    for c in s.chars() {
        if let Some(d) = c.to_digit(10) {
            sum += d;
        }
    }
    sum
}

fn main() {
    println!("{}", digit_sum("a1b2c39"));
    println!("{:?} {:?} {:?}", 'f'.to_digit(16), 'z'.to_digit(36), '9'.to_digit(8));
    println!("{} {}", '7'.is_digit(8), '8'.is_digit(8));
    let hex = "1aF";
    let mut value = 0u32;
    for c in hex.chars() {
        value = value * 16 + c.to_digit(16).unwrap();
    }
    println!("{value}");
    let mut shout = Vec::new();
    for b in "Rust 2021!".bytes() {
        if b.is_ascii_alphabetic() {
            shout.push(b.to_ascii_uppercase());
        } else if b.is_ascii_digit() {
            shout.push(b'#');
        } else if !b.is_ascii_whitespace() {
            shout.push(b.to_ascii_lowercase());
        }
    }
    println!("{:?}", shout);
    let mut text = String::new();
    for d in 0..12 {
        match char::from_digit(d, 11) {
            Some(c) => text.push(c),
            None => text.push('?'),
        }
    }
    println!("{text}");
    println!("{:?} {:?} {:?}", char::from_u32(0x1F980), char::from_u32(0xD800), char::from_u32(97));
}
