fn main() {
    let line = String::from("apple,banana,,cherry,");
    for part in line.split(',') {
        println!("[{part}] {}", part.len());
    }
    for part in "".split(',') {
        println!("empty text gives [{part}]");
    }
    for part in "no separator".split(';') {
        println!("whole: {part}");
    }
}
