fn main() {
    let mut list = [3, 1, 2];
    list.sort_by_key(|r| *r + list.len()); //~ ERROR E0502
    println!("{list:?}");
}
