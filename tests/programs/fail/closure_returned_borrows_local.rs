fn make() -> impl Fn() -> i32 {
    let x = 5;
    || x + 1 //~ ERROR E0373
}

fn main() {
    let f = make();
    println!("{}", f());
}
