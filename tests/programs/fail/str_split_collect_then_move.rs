fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let text = String::from("x y z");
    let parts: Vec<&str> = text.split(' ').collect();
    let n = consume(text); //~ ERROR E0505
    println!("{n} {:?}", parts);
}
