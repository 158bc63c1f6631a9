fn bump(mut n: i32) -> i32 {
    let old = &n;
    n = n + 1; //~ ERROR E0506
    *old + n
}

fn main() {
    println!("{}", bump(1));
}
