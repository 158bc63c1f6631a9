fn main() {
    let s = String::from("once");
    for _ in 0..2 {
        let t = s; //~ ERROR E0382
        println!("{t}");
    }
}
