// Width, fill, alignment and sign with floats.
fn main() {
    let x = 3.14159;
    let n = -2.5;
    println!("[{:10}] [{:<10}] [{:^10}] [{:>10}]", x, x, x, x);
    println!("[{:*^12.2}] [{:->9.1}] [{:_<8}]", x, n, n);
    println!("[{:+}] [{:+.1}] [{:+}]", x, n, 0.0);
    println!("[{:08.2}] [{:08.2}] [{:+08.2}]", x, n, x);
    println!("[{:010}] [{:010}] [{:010?}]", 1.5e10, -0.0, 1e20);
    println!("[{:08}] [{:08}]", f64::NAN, f64::INFINITY);
    println!("[{:5}] [{:5}]", 1e100, 0.1f32);
    println!("[{:>8.3e}] [{:<+10.1e}]", 1234.0, 0.000321);
    let w = 12;
    println!("[{:>w$.4}] [{:^w$}]", x, n);
}
