// Without parameters there is nothing to elide from: the result needs
// `'static` written out, even though it points into a static.
static LIMITS: [u32; 3] = [10, 20, 30];

fn largest() -> &u32 { //~ ERROR E0106
    &LIMITS[2]
}

fn main() {
    println!("{}", largest());
}
