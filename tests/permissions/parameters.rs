// Parameters start with their permissions on the function's first line: a
// `&mut String` parameter can be read and owned, and the `String` behind
// it read and written. The caller's `s` is only borrowed for the call.
fn append(buffer: &mut String, word: &str) {
    buffer.push_str(word);
}

fn main() {
    let mut s = String::new();
    append(&mut s, "hi");
    println!("{s}");
}
