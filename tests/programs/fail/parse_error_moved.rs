fn main() {
    let result = "x".parse::<i32>();
    if let Err(e) = result {
        let first = e;
        println!("{} {}", first, e); //~ ERROR E0382
    }
}
