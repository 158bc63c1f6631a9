fn main() {
    static LOCAL: i32 = 3; //~ UNSUPPORTED
    println!("{}", LOCAL);
}
