use std::collections::HashMap;

fn main() {
    let mut groups: HashMap<u32, Vec<&str>> = HashMap::new();
    for name in ["ann", "bo", "cy", "dee", "ed"] {
        groups.entry(name.len() as u32).or_default().push(name);
    }
    println!("{:?}", groups[&2]);
    println!("{:?}", groups[&3]);
    let mut totals: HashMap<char, i32> = HashMap::new();
    *totals.entry('x').or_default() += 5;
    *totals.entry('x').or_default() += 5;
    println!("{}", totals[&'x']);
}
