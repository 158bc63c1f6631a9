fn main() {
    let s1 = String::from("hello");
    let s2 = s1;
    drop(s1); //~ ERROR E0382
    println!("{s2}");
}
