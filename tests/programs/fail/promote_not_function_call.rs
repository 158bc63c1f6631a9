fn five() -> i32 {
    5
}

fn main() {
    let v: Vec<i32> = Vec::new();
    let m = v.iter().max().unwrap_or(&five()); //~ ERROR E0716
    println!("{}", m);
}
