fn main() {
    let names = vec![String::from("ada"), String::from("grace")];
    let mut it = names.iter();
    while let Some(name) = it.next() {
        println!("{} has {} letters", name, name.len());
    }
    println!("{}", names.len());
}
