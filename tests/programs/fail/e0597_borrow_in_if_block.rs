fn main() {
    let fallback = 0;
    let mut r = &fallback;
    if fallback == 0 {
        let local = 7;
        r = &local; //~ ERROR E0597
    }
    println!("{r}");
}
