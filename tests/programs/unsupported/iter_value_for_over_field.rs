fn main() {
    let v = vec![1, 2, 3];
    let pair = (v.iter(), 1);
    for x in pair.0 { //~ UNSUPPORTED
        println!("{x}");
    }
}
