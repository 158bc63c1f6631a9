fn nothing() -> &'static Vec<i32> {
    &vec![] //~ ERROR E0515
}

fn main() {
    println!("{:?}", nothing());
}
