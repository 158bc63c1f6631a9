fn consume(names: [String; 2]) -> usize {
    names.len()
}

fn main() {
    let names = [String::from("a"), String::from("b")];
    let n = consume(names);
    println!("{} {}", n, names.len()); //~ ERROR E0382
}
