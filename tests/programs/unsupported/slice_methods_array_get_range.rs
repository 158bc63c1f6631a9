fn main() {
    let a = [1, 2, 3, 4];
    let middle = a.get(1..3); //~ UNSUPPORTED
    println!("{:?}", middle);
}
