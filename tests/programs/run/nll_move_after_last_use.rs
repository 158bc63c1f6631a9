fn main() {
    let s = String::from("owned");
    let r = &s;
    println!("borrowed: {r}");
    let t = s;
    println!("moved: {t}");
}
