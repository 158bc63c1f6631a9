// Equality that ignores case: `contains` asks the program's `eq`.
struct Tag(String);

impl PartialEq for Tag {
    fn eq(&self, other: &Self) -> bool {
        self.0.to_lowercase() == other.0.to_lowercase()
    }
}

fn main() {
    let tags = vec![Tag(String::from("Rust")), Tag(String::from("Memory"))];
    println!("{}", tags.contains(&Tag(String::from("rust"))));
    println!("{}", tags.contains(&Tag(String::from("heap"))));
    println!("{}", Tag(String::from("STACK")) == Tag(String::from("stack")));
}
