fn main() {
    let digits = vec![1, 2, 3];
    let text: String = digits.iter().map(|d| d * 2).collect(); //~ ERROR E0277
    println!("{text}");
}
