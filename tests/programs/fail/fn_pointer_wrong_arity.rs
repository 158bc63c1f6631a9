fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    let f: fn(i32, i32) -> i32 = add;
    println!("{}", f(1)); //~ ERROR E0061
}
