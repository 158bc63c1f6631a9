fn main() {
    let mut v = vec![1, 2];
    for x in &v {
        println!("{x}");
        v = Vec::new(); //~ ERROR E0506
    }
}
