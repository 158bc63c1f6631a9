fn main() {
    let mut total: u8 = 0;
    for n in [100u8, 100, 100] {
        total += n;
        println!("{}", total);
    }
}
