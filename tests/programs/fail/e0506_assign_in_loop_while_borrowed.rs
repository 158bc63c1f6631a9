fn main() {
    let mut best = 0;
    let shown = &best;
    for i in 0..3 {
        best = i; //~ ERROR E0506
    }
    println!("{shown}");
}
