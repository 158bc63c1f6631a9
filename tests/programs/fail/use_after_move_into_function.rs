fn consume(s: String) {
    println!("{s}");
}

fn main() {
    let s = String::from("gone");
    consume(s);
    println!("{}", s.len()); //~ ERROR E0382
}
