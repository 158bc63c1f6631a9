fn main() {
    let o = Some(String::from("a"));
    match o {
        Some(s) if s.len() > 0 => drop(s),
        _ => {}
    }
    println!("{:?}", o); //~ ERROR E0382
}
