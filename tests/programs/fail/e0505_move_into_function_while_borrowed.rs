fn consume(s: String) {
    println!("{s}");
}

fn main() {
    let s = String::from("data");
    let view = &s;
    consume(s); //~ ERROR E0505
    println!("{view}");
}
