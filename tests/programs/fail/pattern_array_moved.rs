// Moving an element out with a pattern leaves the array partially moved.
fn main() {
    let words = [String::from("a"), String::from("b")];
    let [first, _] = words;
    println!("{first}");
    println!("{:?}", words); //~ ERROR E0382
}
