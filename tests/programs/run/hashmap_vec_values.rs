use std::collections::HashMap;

fn main() {
    let mut by_initial: HashMap<char, Vec<String>> = HashMap::new();
    for name in ["ada", "alan", "grace", "guido", "linus"] {
        let initial = if name.starts_with("a") { 'a' } else if name.starts_with("g") { 'g' } else { 'l' };
        by_initial.entry(initial).or_insert(Vec::new()).push(name.to_string());
    }
    println!("{:?}", by_initial[&'a']);
    println!("{:?}", by_initial.get(&'g'));
    println!("{}", by_initial[&'l'].len());
    let mut sizes = Vec::new();
    for (initial, names) in &by_initial {
        sizes.push((*initial, names.len()));
    }
    sizes.sort();
    println!("{:?}", sizes);
}
