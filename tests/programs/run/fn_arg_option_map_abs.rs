fn main() {
    let v = Some(-4);
    println!("{:?}", v.map(i32::abs));
}
