fn main() {
    let mut a = String::from("a");
    let b = String::from("b");
    let mut r = &a;
    println!("{r}");
    r = &b;
    a.push('!');
    println!("{r} {a}");
}
