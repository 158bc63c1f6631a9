fn main() {
    let mut chars;
    {
        let s = String::from("abc");
        chars = s.chars(); //~ ERROR E0597
    }
    println!("{:?}", chars.next());
}
