fn main() {
    let text = "abc";
    for (i, c) in text.char_indices().filter(|(_, c)| *c != 'b').enumerate() {
        println!("{i} {c:?}");
    }
    let v = vec![1, 2, 3];
    for (i, x) in v.iter().skip(1).enumerate().rev() { //~ UNSUPPORTED
        println!("{i} {x}");
    }
}
