fn square(x: i64) -> i64 {
    x * x
}

fn cube(x: i64) -> i64 {
    x * x * x
}

fn main() {
    let powers: [fn(i64) -> i64; 2] = [square, cube];
    for i in 0..powers.len() {
        println!("{}", powers[i](3));
    }
}
