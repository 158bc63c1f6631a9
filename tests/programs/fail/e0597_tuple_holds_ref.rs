fn main() {
    let pair;
    {
        let word = String::from("pair");
        pair = (1, &word); //~ ERROR E0597
    }
    println!("{} {}", pair.0, pair.1);
}
