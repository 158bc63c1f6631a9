fn main() {
    let label: Option<String> = Some(String::from("tag"));
    if let Some(text) = label {
        println!("{text}");
    }
    println!("{:?}", label); //~ ERROR E0382
}
