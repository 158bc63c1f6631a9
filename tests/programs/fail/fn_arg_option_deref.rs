fn count(s: &str) -> usize {
    s.len()
}

fn main() {
    let name: Option<String> = Some(String::from("ada"));
    let n = name.as_ref().map(count); //~ ERROR E0631
    println!("{:?}", n);
}
