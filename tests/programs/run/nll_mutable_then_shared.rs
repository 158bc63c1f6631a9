fn main() {
    let mut count = 0;
    let r = &mut count;
    *r += 5;
    println!("count = {count}");
}
