fn main() {
    let mut n = 1;
    let show = || println!("n = {}", n);
    show();
    n += 1;
    println!("{}", n);
    let mut bump = || n *= 10;
    bump();
    println!("{}", n);
}
