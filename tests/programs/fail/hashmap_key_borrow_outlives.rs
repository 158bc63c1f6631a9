use std::collections::HashMap;

fn main() {
    let mut names: HashMap<&str, u32> = HashMap::new();
    {
        let owned = String::from("temporary");
        names.insert(&owned, 1); //~ ERROR E0597
    }
    println!("{}", names.len());
}
