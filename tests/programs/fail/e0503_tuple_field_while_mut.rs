fn main() {
    let mut pair = (1, 2);
    let r = &mut pair;
    let a = pair.0; //~ ERROR E0503
    r.1 += a;
    println!("{:?}", pair);
}
