static BASE: u32 = 10;
static DOUBLE: u32 = BASE * 2; //~ UNSUPPORTED

fn main() {
    println!("{} {}", BASE, DOUBLE);
}
