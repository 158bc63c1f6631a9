// A conversion table with integer and float arithmetic side by side.
fn to_fahrenheit(celsius: i32) -> i32 {
    celsius * 9 / 5 + 32
}

fn to_fahrenheit_exact(celsius: f64) -> f64 {
    celsius * 9.0 / 5.0 + 32.0
}

fn main() {
    println!("{:>8} {:>8} {:>10}", "celsius", "int", "exact");
    let mut c = -40;
    while c <= 100 {
        println!("{:>8} {:>8} {:>10.1}", c, to_fahrenheit(c), to_fahrenheit_exact(c as f64));
        c += 17;
    }
    let body = 37;
    println!("{}°C is {}°F (exactly {}°F)", body, to_fahrenheit(body), to_fahrenheit_exact(body as f64));
}
