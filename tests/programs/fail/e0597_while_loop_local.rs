fn main() {
    let mut last = &0;
    let mut i = 0;
    while i < 3 {
        let square = i * i;
        last = &square; //~ ERROR E0597
        i += 1;
    }
    println!("{last}");
}
