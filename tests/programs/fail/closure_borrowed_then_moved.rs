fn main() {
    let s = String::from("a");
    let f = || println!("{}", s);
    let t = s; //~ ERROR E0505
    f();
    println!("{}", t);
}
