fn inc(x: u32) -> u32 {
    x + 1
}

fn dec(x: u32) -> u32 {
    x - 1
}

fn main() {
    let mut f: fn(u32) -> u32 = inc;
    println!("{}", f(10));
    f = dec;
    println!("{}", f(10));
    println!("{}", f(0));
}
