fn main() {
    let mut log = String::new();
    let writer = &mut log;
    let verbose = true;
    if verbose {
        let extra = &mut log; //~ ERROR E0499
        extra.push_str("debug ");
    }
    writer.push_str("done");
    println!("{log}");
}
