fn repeat<F: FnMut() -> i32>(mut f: F, times: u32) -> i32 {
    let mut total = 0;
    for _ in 0..times {
        total += f();
    }
    total
}

fn main() {
    let step = 4;
    let constant = || step;
    println!("{}", repeat(constant, 3));
    let mut n = 0;
    println!("{}", repeat(|| { n += 1; n }, 4));
    println!("{}", n);
}
