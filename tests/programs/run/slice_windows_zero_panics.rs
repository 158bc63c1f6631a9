// A window size of zero panics too.
fn main() {
    let v = [1, 2, 3];
    println!("start");
    let count = v.windows(0).count();
    println!("{}", count);
}
