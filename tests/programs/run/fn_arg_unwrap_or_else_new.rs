fn main() {
    let names: Option<Vec<String>> = None;
    let title: Option<String> = None;
    let names = names.unwrap_or_else(Vec::new);
    let title = title.unwrap_or_else(String::new);
    println!("{:?} {:?} {} {}", names, title, names.len(), title.capacity());
}
