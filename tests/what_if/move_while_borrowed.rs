fn main() {
    let s = String::from("owned");
    let r = &s;
    let t = s; //~ ERROR E0505
    drop(t);
    println!("{r}");
}
