fn main() {
    let f: f64 = 3.into();
    let g: i64 = 5.into();
    println!("{} {}", f, g);
}
