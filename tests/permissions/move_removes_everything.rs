// Moving a value out takes away every permission of the place it came
// from. Moving one field out leaves the struct without read and own (it
// cannot be used or moved whole) while its other field can still be read
// and borrowed.
struct Pair {
    left: String,
    right: String,
}

fn main() {
    let s = String::from("hi");
    let t = s;
    println!("{t}");
    let pair = Pair {
        left: String::from("l"),
        right: String::from("r"),
    };
    let left = pair.left;
    let right = &pair.right;
    println!("{left} {right} {}", pair.right.len());
}
