fn main() {
    let list = [3, 1, 2];
    list.sort(); //~ ERROR E0596
    println!("{:?}", list);
}
