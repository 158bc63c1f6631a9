// Debug escapes in strings and chars.
fn main() {
    let s = "line one\nline \"two\"\t\\ end";
    println!("{}", s);
    println!("{:?}", s);
    println!("{:?} {:?} {:?} {:?}", '\n', '\'', '"', '\\');
    println!("{:?}", "it's");
    println!("{:?}", "ünïcödé ✓ \u{7f} \u{0}");
    let quoted = format!("{:?}", "a\"b");
    println!("{} {} {}", quoted, quoted.len(), quoted.capacity());
    let tab = format!("{:?}", "\t\t\t\t\t\t\t\t\t\t");
    println!("{} {}", tab.len(), tab.capacity());
}
