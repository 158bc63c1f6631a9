// An array pattern with the wrong number of elements.
fn main() {
    let triple = [1, 2, 3];
    let [a, b] = triple; //~ ERROR E0527
    println!("{a} {b}");
}
