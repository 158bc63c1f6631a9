fn main() {
    let pick = |n: i32| if n > 0 { "yes" } else { "no" }; //~ UNSUPPORTED
    println!("{}", pick(1));
}
