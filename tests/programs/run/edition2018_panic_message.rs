//@ edition: 2018
// Before edition 2021 `panic!` with one argument takes it as the payload;
// with several it is a format string, as in 2021.
fn main() {
    let code = 7;
    println!("about to panic");
    panic!("code {} failed", code);
}
