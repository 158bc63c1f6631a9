fn consume(s: String) {
    println!("consumed {s}");
}

fn main() {
    let s = String::from("twice");
    consume(s);
    consume(s); //~ ERROR E0382
}
