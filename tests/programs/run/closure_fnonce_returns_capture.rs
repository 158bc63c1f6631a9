fn main() {
    let s = String::from("owned");
    let give = move || s;
    let back = give();
    println!("{}", back);
}
