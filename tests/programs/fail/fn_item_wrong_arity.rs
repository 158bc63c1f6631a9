fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let f = double;
    println!("{}", f(1, 2)); //~ ERROR E0061
}
