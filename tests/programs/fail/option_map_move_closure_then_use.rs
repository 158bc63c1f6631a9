fn main() {
    let suffix = String::from("!");
    let shout = Some(String::from("hey")).map(move |s| s + &suffix);
    println!("{:?} {}", shout, suffix); //~ ERROR E0382
}
