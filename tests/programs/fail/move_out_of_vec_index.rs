fn main() {
    let v = vec![String::from("a")];
    let s = v[0]; //~ ERROR E0507
    println!("{s}");
}
