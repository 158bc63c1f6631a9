fn main() {
    let order = 1.cmp(&2); //~ UNSUPPORTED
    println!("{}", order == std::cmp::Ordering::Less);
}
