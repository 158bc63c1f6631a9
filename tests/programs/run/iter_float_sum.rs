fn main() {
    let prices = vec![1.25, 2.5, 0.1, 0.2];
    let total: f64 = prices.iter().sum();
    println!("{total}");
    let mean = total / prices.len() as f64;
    println!("{mean:.3}");
    let empty: Vec<f64> = Vec::new();
    let zero: f64 = empty.iter().sum();
    println!("{zero} {:?}", zero);
    let product: f64 = prices.iter().product();
    println!("{product}");
    let scaled: f32 = (1..5).map(|x| x as f32 * 0.5).sum();
    println!("{scaled}");
}
