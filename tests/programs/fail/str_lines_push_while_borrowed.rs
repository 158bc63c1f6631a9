fn main() {
    let mut log = String::from("one\ntwo\n");
    for line in log.lines() {
        if line == "two" {
            log.push_str("three\n"); //~ ERROR E0502
        }
    }
    println!("{log}");
}
