fn next(x: i32) -> &'static i32 {
    &(x + 1) //~ ERROR E0515
}

fn main() {
    println!("{}", next(1));
}
