// Factorials overflow i32 at 13!.
fn factorial(n: i32) -> i32 {
    let mut result = 1;
    for i in 1..=n {
        result *= i;
    }
    result
}

fn main() {
    for n in 10..15 {
        println!("{}! = {}", n, factorial(n));
    }
}
