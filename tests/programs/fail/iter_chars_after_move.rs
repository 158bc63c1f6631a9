fn main() {
    let s = String::from("hello");
    let t = s;
    for c in s.chars() { //~ ERROR E0382
        println!("{c}");
    }
    println!("{t}");
}
