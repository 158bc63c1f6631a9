fn main() {
    let first = String::from("tic");
    let second = String::from("tac");
    let both = first + "-" + &second;
    println!("{} {}", both, first); //~ ERROR E0382
}
