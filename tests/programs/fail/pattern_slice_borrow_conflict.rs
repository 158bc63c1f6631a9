// A binding from a slice pattern borrows the vector it came from.
fn main() {
    let mut names = vec![String::from("a"), String::from("b")];
    if let [first, ..] = &names[..] {
        names.push(String::from("c")); //~ ERROR E0502
        println!("{first}");
    }
}
