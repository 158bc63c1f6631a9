fn apply<F: Fn(u8) -> u8>(f: F, x: u8) -> u8 {
    f(x)
}

fn main() {
    let add = 200;
    println!("{}", apply(|x| x + add, 10));
    println!("{}", apply(|x| x + add, 100));
}
