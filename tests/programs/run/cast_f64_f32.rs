// Between float widths: rounding to f32, exact widening to f64.
fn main() {
    let x: f64 = 0.1;
    let y = x as f32;
    let back = y as f64;
    println!("{} {} {}", x, y, back);
    let huge = 1e40;
    let tiny = 1e-50;
    println!("{}", huge as f32);
    println!("{}", tiny as f32);
    println!("{}", -huge as f32);
    println!("{}", f64::NAN as f32);
    println!("{}", 3.141592653589793 as f32);
    println!("{:?}", 1.0000001f64 as f32);
    println!("{}", (16777217.0f64 as f32) as f64);
    println!("{}", f32::MAX as f64);
    println!("{}", 0.2f32 as f64 + 0.1f32 as f64);
}
