fn main() {
    let count = 3;
    let half = count + 0.5; //~ ERROR E0277
    println!("{}", half);
}
