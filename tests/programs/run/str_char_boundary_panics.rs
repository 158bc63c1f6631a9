fn main() {
    let s = String::from("héllo");
    println!("{}", &s[0..1]);
    let cut = 2;
    println!("{}", &s[0..cut]);
}
