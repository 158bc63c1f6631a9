fn main() {
    let s = String::from("twice");
    for _ in 0..2 {
        println!("{}", s.len()); //~ ERROR E0382
        let owned = s;
        println!("{owned}");
    }
}
