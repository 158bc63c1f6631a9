fn ratio(d: i32) -> &'static i32 {
    &(10 / d) //~ ERROR E0515
}

fn main() {
    println!("{}", ratio(2));
}
