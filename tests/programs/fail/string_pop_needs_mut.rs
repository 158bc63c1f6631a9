fn main() {
    let word = String::from("ab");
    let last = word.pop(); //~ ERROR E0596
    println!("{:?}", last);
}
