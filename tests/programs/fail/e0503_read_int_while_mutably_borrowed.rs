fn main() {
    let mut n = 5;
    let m = &mut n;
    let k = n + 1; //~ ERROR E0503
    *m += 1;
    println!("{k}");
}
