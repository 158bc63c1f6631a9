// Integer division truncates toward zero; `%` keeps the sign of the left side.
fn show(a: i32, b: i32) {
    println!(
        "{:>4} / {:>2} = {:>3}   {:>4} % {:>2} = {:>3}   div_euclid {:>3}   rem_euclid {:>2}",
        a,
        b,
        a / b,
        a,
        b,
        a % b,
        a.div_euclid(b),
        a.rem_euclid(b)
    );
}

fn main() {
    show(7, 2);
    show(-7, 2);
    show(7, -2);
    show(-7, -2);
    show(100, 7);
    show(-100, 7);
    let minutes = 135u32;
    println!("{}h {}min", minutes / 60, minutes % 60);
    let bytes = 1_000_000u64;
    println!("{} KiB, {} bytes left", bytes / 1024, bytes % 1024);
    println!("{}", i32::MIN / 2);
}
