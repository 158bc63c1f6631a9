fn main() {
    let x = 7;
    let r = &x;
    let y = x + 1;
    println!("{r} {y}");
}
