fn main() {
    let n = 5;
    let show = move || n * 10;
    println!("{} {}", show(), n);
}
