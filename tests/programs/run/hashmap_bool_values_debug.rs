use std::collections::HashMap;

fn main() {
    let mut flags: HashMap<&str, bool> = HashMap::with_capacity(10);
    println!("cap {}", flags.capacity());
    flags.insert("verbose", true);
    println!("{:?}", flags);
    println!("{:#?}", flags);
    let old = flags.insert("verbose", false);
    println!("{:?} {:?}", old, flags);
    println!("{}", flags.is_empty());
}
