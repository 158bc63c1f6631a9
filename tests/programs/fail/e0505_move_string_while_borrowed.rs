fn main() {
    let s = String::from("hello");
    let r = &s;
    let t = s; //~ ERROR E0505
    println!("{r} {t}");
}
