fn main() {
    let mut s = String::from("héllo");
    s.insert(1, 'x');
    println!("{}", s);
    let position = 3;
    s.insert(position, 'y');
    println!("unreachable {}", s);
}
