fn half(n: u32) -> Option<u32> {
    if n % 2 == 0 { Some(n / 2) } else { None }
}

fn main() {
    let h = half(4)?; //~ ERROR E0277
    println!("{h}");
}
