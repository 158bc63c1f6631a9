// chars and bools as numbers, and bytes as chars.
fn main() {
    let c = 'A';
    println!("{} {} {}", c as u8, c as u32, c as i64);
    println!("{}", 'é' as u32);
    println!("{}", 'é' as u8);
    println!("{}", '🦀' as u32);
    println!("{}", 97u8 as char);
    println!("{:?}", 10u8 as char);
    let mut word = String::new();
    for offset in 0..5u8 {
        word.push((b'a' + offset * 2) as char);
    }
    println!("{}", word);
    println!("{} {}", true as i32, false as u8);
    println!("{}", (true as i32) * 10 + (false as i32));
    let digit = '7';
    println!("{}", digit as u32 - '0' as u32);
    println!("{}", (('z' as u8) - 25) as char);
}
