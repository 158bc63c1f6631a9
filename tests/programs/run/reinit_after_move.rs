fn main() {
    let mut s = String::from("first");
    let t = s;
    println!("{t}");
    s = String::from("second");
    let r = &s;
    println!("{r}");
}
