// A reference to a static lives as long as the program: a function may
// return one with a `'static` lifetime.
static GREETING: &str = "hello";
static LIMITS: [u32; 3] = [10, 20, 30];

fn greeting() -> &'static str {
    GREETING
}

fn limits() -> &'static [u32; 3] {
    &LIMITS
}

fn largest() -> &'static u32 {
    &LIMITS[2]
}

fn main() {
    let g = greeting();
    let all = limits();
    let top = largest();
    println!("{g} {:?} {top}", all);
}
