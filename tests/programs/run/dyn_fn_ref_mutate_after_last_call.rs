// The captured borrow ends with the last use of the trait object (NLL).
fn main() {
    let mut k = 1;
    let f: &dyn Fn() -> i32 = &|| k + 1;
    println!("{}", f());
    k += 10;
    println!("{k}");
}
