fn main() {
    let mut names = Vec::new();
    names.push(String::from("ann"));
    names.push(String::from("bob"));
    names.push(String::from("cy"));
    let numbered: Vec<String> = names.into_iter().enumerate().map(|(i, s)| format!("{i}:{s}")).collect();
    println!("{:?} len {} cap {}", numbered, numbered.len(), numbered.capacity());
}
