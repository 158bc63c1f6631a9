// Constants declared inside a function are visible in their whole block,
// even before the declaration, and an inner block may declare its own.
fn area(radius: f64) -> f64 {
    let r2 = radius * radius;
    const PI: f64 = 3.14159;
    PI * r2
}
fn main() {
    println!("{}", LIMIT * 2);
    const LIMIT: i32 = 21;
    {
        const LIMIT: i32 = 5;
        println!("inner {}", LIMIT);
    }
    println!("outer {}", LIMIT);
    println!("{:.3}", area(2.0));
}
