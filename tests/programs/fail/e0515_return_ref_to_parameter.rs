fn pick(owned: String, other: &String) -> &String {
    if other.len() > 3 {
        return other;
    }
    &owned //~ ERROR E0515
}

fn main() {
    let b = String::from("b");
    println!("{}", pick(String::from("a"), &b));
}
