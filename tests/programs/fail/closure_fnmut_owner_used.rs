fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    count += 5; //~ ERROR E0503
    inc();
}
