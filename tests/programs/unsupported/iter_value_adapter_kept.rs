fn main() {
    let v = vec![1, 2, 3];
    let it = v.iter();
    let doubled = it.map(|x| x * 2); //~ UNSUPPORTED
    for d in doubled {
        println!("{d}");
    }
}
