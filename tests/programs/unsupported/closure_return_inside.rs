fn main() {
    let f = |n: i32| {
        if n > 0 {
            return n; //~ UNSUPPORTED
        }
        0
    };
    println!("{}", f(1));
}
