// Signs and zero padding with integers.
fn main() {
    let values = vec![0, 7, -7, 1234, -1234];
    for v in &values {
        println!("[{:+}] [{:05}] [{:+06}] [{:<+6}] [{:^+7}]", v, v, v, v, v);
    }
    println!("[{:+}] [{:+}]", 0u8, i64::MIN);
    println!("[{:010}] [{:+010}]", i32::MIN, u32::MAX);
    println!("[{:02}:{:02}:{:02}]", 9, 5, 0);
    println!("[{:#06x}] [{:+#06x}]", 255, 255);
    println!("[{:05}] [{:<05}]", -3, 3);
}
