fn main() {
    let mut list = [3, 1, 2];
    let first = &list[0];
    list.reverse(); //~ ERROR E0502
    println!("{first}");
}
