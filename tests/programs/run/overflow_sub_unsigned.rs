// Counting a u32 down past zero panics.
fn main() {
    let mut remaining: u32 = 3;
    loop {
        println!("remaining: {}", remaining);
        remaining -= 1;
    }
}
