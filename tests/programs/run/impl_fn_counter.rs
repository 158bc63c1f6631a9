fn counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}

fn main() {
    let mut next = counter();
    println!("{}", next());
    println!("{}", next());
    println!("{}", next());
}
