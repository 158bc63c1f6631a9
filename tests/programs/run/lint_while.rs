fn main() {
    let mut i = 0;
    let a = [0; 3];
    while i < 5 {
        let v = a[i];
        println!("{v}");
        i += 1;
    }
}
