fn apply<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut v = Vec::new();
    apply(|| v.push(1)); //~ ERROR E0596
    println!("{:?}", v);
}
