// A refutable array pattern in `let`.
fn main() {
    let values = [1, 2];
    let [1, x] = values; //~ ERROR E0005
    println!("{x}");
}
