fn main() {
    let text = "a-b-c--d";
    let dashes: Vec<usize> = text.char_indices().filter(|(_, c)| *c == '-').map(|(i, _)| i).collect();
    println!("{:?} {}", dashes, dashes.capacity());
    for (i, c) in text.chars().rev().enumerate() {
        if c != '-' {
            print!("{i}{c} ");
        }
    }
    println!();
    let rev_bytes: Vec<u8> = "é!".bytes().rev().collect();
    println!("{:?}", rev_bytes);
    let last_two: String = "hello".chars().rev().take(2).collect();
    println!("{last_two}");
    let count = "naïve café".chars().rev().filter(|c| *c == 'é' || *c == 'ï').count();
    println!("{count}");
}
