fn main() {
    let mut total = 0;
    let r = &mut total;
    total += 1; //~ ERROR E0503
    *r += 10;
    println!("{total}");
}
