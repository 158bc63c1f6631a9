fn scaler(factor: f64) -> impl Fn(f64) -> f64 {
    let scale = move |x: f64| x * factor;
    scale
}

fn main() {
    let half = scaler(0.5);
    println!("{} {}", half(3.0), half(10.0));
    println!("{}", std::mem::size_of_val(&half));
}
