// Iterator chains over `as_bytes`: counting, summing, enumerating.
fn main() {
    let s = String::from("a b  c");
    let spaces = s.as_bytes().iter().filter(|&&b| b == b' ').count();
    println!("{spaces} spaces");
    let sum: u32 = s.as_bytes().iter().map(|&b| b as u32).sum();
    println!("sum {sum}");
    for (i, b) in "xyz".as_bytes().iter().enumerate() {
        println!("{i}: {b} {}", *b as char);
    }
    let upper: Vec<u8> = s.as_bytes().iter().map(|b| b.to_ascii_uppercase()).collect();
    println!("{:?}", upper);
}
