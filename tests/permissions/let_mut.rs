// Only a place declared `let mut` gets the write permission; both
// variables can be read and owned.
fn main() {
    let x = 1;
    let mut y = 2;
    y += x;
    println!("{x} {y}");
}
