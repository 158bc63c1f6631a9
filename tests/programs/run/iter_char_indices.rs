fn main() {
    let word = "héllo";
    for (i, c) in word.char_indices() {
        println!("{i}: {c}");
    }
    for (i, c) in word.char_indices().rev() {
        print!("{i}{c} ");
    }
    println!();
    let first_l = word.char_indices().find(|(_, c)| *c == 'l');
    println!("{:?}", first_l);
    println!("{} chars, {} bytes", word.chars().count(), word.bytes().count());
    let back: String = "añb€".chars().rev().collect();
    println!("{back} {}", back.capacity());
    let last_bytes: Vec<u8> = "abc".bytes().rev().collect();
    println!("{:?}", last_bytes);
}
