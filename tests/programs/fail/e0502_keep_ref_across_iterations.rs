fn main() {
    let mut log = String::new();
    let mut snapshot = &String::new();
    for i in 0..3 {
        log.push('x'); //~ ERROR E0502
        if i == 1 {
            snapshot = &log;
        }
    }
    println!("{snapshot}");
}
