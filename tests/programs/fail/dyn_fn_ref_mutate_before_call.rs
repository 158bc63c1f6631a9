// The captured borrow of `k` lives as long as the trait object is used.
fn main() {
    let mut k = 1;
    let f: &dyn Fn() -> i32 = &|| k + 1;
    k += 10; //~ ERROR E0506
    println!("{}", f());
}
