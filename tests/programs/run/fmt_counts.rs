// Width and precision taken from arguments.
fn main() {
    let value = 3.14159265;
    let width = 12;
    let precision = 3;
    println!("[{:width$}]", value);
    println!("[{:>width$.precision$}]", value);
    println!("[{:1$}]", 42, 7);
    println!("[{:.*}]", 2, value);
    println!("[{:>1$.2$}]", value, 10, 4);
    println!("[{0:>1$}] [{0:<1$}]", "ab", 5);
    println!("[{:w$}] [{:.p$}]", 1, 2.0, w = 4, p = 1);
    for w in 1..5 {
        println!("[{:>w$}]", "*");
    }
    let table = vec![(1, 1.0), (10, 0.5), (100, 0.333)];
    for row in &table {
        println!("|{:>w$}|{:<w$.p$}|", row.0, row.1, w = width / 2, p = precision - 1);
    }
    println!("{:?}", table);
}
