fn factorial(n: u32) -> Option<u32> {
    let mut result: u32 = 1;
    for i in 1..=n {
        result = result.checked_mul(i)?;
    }
    Some(result)
}

fn main() {
    for n in [5, 12, 13, 20] {
        match factorial(n) {
            Some(f) => println!("{}! = {}", n, f),
            None => println!("{}! overflows u32", n),
        }
    }
    let balance: u64 = 100;
    match balance.checked_sub(150) {
        Some(rest) => println!("left {}", rest),
        None => println!("insufficient funds"),
    }
    let total = 200u8.checked_add(100).unwrap_or(u8::MAX);
    println!("clamped {}", total);
}
