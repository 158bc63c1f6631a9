fn main() {
    let mut a = String::from("a");
    let refs = vec![&a];
    println!("{}", refs.len());
    a.push('!');
    println!("{a}");
}
