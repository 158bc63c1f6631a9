fn add(a: f64, b: f64) -> f64 {
    a + b
}

fn mul(a: f64, b: f64) -> f64 {
    a * b
}

fn main() {
    let table: [(&str, fn(f64, f64) -> f64); 2] = [("add", add), ("mul", mul)];
    for (name, op) in table {
        println!("{name}: {}", op(1.5, 4.0));
    }
}
