struct Pair {
    name: String,
    note: String,
}

fn main() {
    let pair = Pair { name: String::from("a"), note: String::from("b") };
    let taken = pair;
    println!("{}", pair.name); //~ ERROR E0382
    println!("{}", taken.note);
}
