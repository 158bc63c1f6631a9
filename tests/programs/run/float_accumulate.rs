// Adding 0.1 ten times does not give exactly 1.
fn main() {
    let mut total: f64 = 0.0;
    let mut step = 0;
    while step < 10 {
        total += 0.1;
        step += 1;
        println!("after {:>2}: {:<20} {:?}", step, total, total);
    }
    println!("equal to 1.0? {}", total == 1.0);
    println!("close to 1.0? {}", (total - 1.0).abs() < 1e-9);
    let mut single = 0.0f32;
    for _ in 0..10 {
        single += 0.1;
    }
    println!("f32: {} equal? {}", single, single == 1.0);
    let mut kahan_sum = 0.0;
    let mut compensation = 0.0;
    for _ in 0..10 {
        let y = 0.1 - compensation;
        let t = kahan_sum + y;
        compensation = (t - kahan_sum) - y;
        kahan_sum = t;
    }
    println!("compensated: {}", kahan_sum);
}
