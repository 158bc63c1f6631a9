// Casts to raw pointers are outside the safe subset.
fn main() {
    let x = 5;
    let p = &x as *const i32; //~ UNSUPPORTED
    println!("{:?}", p);
}
