fn make() -> impl Fn() -> i32 {
    let x = 5;
    move || x + 1
}

fn main() {
    let f = make();
    println!("{}", f());
}
