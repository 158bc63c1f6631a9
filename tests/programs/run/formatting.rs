fn main() {
    let n = 42;
    let neg = -7i32;
    println!("[{:5}] [{:<5}] [{:^5}] [{:>5}]", n, n, n, n);
    println!("[{:05}] [{:+}] [{:x}] [{:#x}] [{:#b}] [{:o}] [{:X}]", n, n, 255, 255, 5u8, 8, 255);
    println!("[{:x}] [{:08.3}]", neg, neg);
    println!("[{:*^9}] [{:.2}] [{:>6}] [{:?}]", "mid", "hello", 'c', 'c');
    println!("[{:?}] [{:?}] [{2}-{2}] [{name}]", "q\"uote\n", true, 1, name = "named");
    println!("[{:6?}] [{:#?}]", (1, "a"), ());
    let c = 'x';
    let b = false;
    println!("{c}{b}{}", !b);
    eprintln!("to stderr");
    print!("no newline ");
    println!();
}
