fn main() {
    let v = vec![String::from("x")];
    let first = &v[0];
    println!("{:?} {first}", v);
}
