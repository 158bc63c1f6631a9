fn main() {
    let mut x: u8 = 255;
    {
        let s = String::from("hi");
        let n = s.len();
        let m = n;
        let _ = m;
    }
    x += 1;
    let z = x;
    println!("{z}");
}
