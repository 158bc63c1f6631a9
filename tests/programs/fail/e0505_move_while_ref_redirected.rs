fn main() {
    let first = String::from("first");
    let second = String::from("second");
    let mut current = &first;
    let slot = &mut current;
    *slot = &second;
    drop(first); //~ ERROR E0505
    println!("{current}");
}
