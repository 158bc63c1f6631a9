fn main() {
    let mut total = 0;
    for i in 1..4 {
        let r = &mut total;
        *r += i;
    }
    println!("{total}");
}
