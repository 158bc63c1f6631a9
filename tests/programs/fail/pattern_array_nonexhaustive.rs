// An array match that misses a case.
fn main() {
    let pair = [true, false];
    match pair { //~ ERROR E0004
        [true, _] => println!("first"),
        [false, true] => println!("second"),
    }
}
