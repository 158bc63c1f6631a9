fn apply<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut count = 0;
    let bump = || count += 1; //~ ERROR E0525
    apply(bump);
    println!("{}", count);
}
