// A constant is inlined at each use; a static is one place in memory.
const LIMIT: u32 = 100;
static MAX: u32 = LIMIT * 2;

fn main() {
    let a = &MAX;
    let b = &MAX;
    println!("{} {}", a, b);
    println!("{} {}", LIMIT, MAX);
}
