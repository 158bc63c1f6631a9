struct Pair {
    name: String,
    note: String,
}

fn main() {
    let pair = Pair { name: String::from("a"), note: String::from("b") };
    let name = pair.name;
    let whole = pair; //~ ERROR E0382
    println!("{} {}", name, whole.note);
}
