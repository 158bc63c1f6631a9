fn main() {
    let word = String::from("héllo");
    let mut chars = word.chars();
    println!("{:?}", chars.next());
    println!("{:?}", chars.next());
    println!("{:?}", chars);
    for c in chars {
        print!("{c}-");
    }
    println!();
}
