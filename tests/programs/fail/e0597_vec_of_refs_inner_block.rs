fn main() {
    let mut refs: Vec<&String> = Vec::new();
    {
        let s = String::from("short-lived");
        refs.push(&s); //~ ERROR E0597
    }
    println!("{}", refs.len());
}
