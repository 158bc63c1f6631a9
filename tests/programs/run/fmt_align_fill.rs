// Alignment and fill characters.
fn main() {
    let items = vec![("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 150, 2.75)];
    println!("{:<10}|{:>5}|{:>8}", "item", "qty", "price");
    println!("{:-<10}+{:->5}+{:->8}", "", "", "");
    for i in 0..items.len() {
        let (name, qty, price) = items[i];
        println!("{:<10}|{:>5}|{:>8.2}", name, qty, price);
    }
    println!("[{:^9}] [{:*^9}] [{:#>6}] [{:~<6}]", "mid", "mid", 7, 'c');
    println!("[{:^6}] [{:^7}]", "ab", "ab");
    println!("[{:>3}] [{:.2}] [{:5.1}]", "toolong", "truncate", "xyz");
    println!("[{:🦀^7}]", "hi");
    println!("[{:5}] [{:<5}] [{:>5}]", true, false, 'x');
}
