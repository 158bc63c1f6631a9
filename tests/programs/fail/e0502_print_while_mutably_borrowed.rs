fn main() {
    let mut count = 0;
    let r = &mut count;
    println!("count is {count}"); //~ ERROR E0502
    *r += 1;
}
