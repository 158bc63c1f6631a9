fn counter() -> impl Fn() -> u32 {
    let mut c = 0;
    move || {
        c += 1; //~ ERROR E0594
        c
    }
}

fn main() {
    let next = counter();
    println!("{}", next());
}
