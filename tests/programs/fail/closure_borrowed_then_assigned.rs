fn main() {
    let mut n = 1;
    let show = || println!("{}", n);
    n = 2; //~ ERROR E0506
    show();
}
