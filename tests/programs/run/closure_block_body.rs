fn main() {
    let offset = 100;
    let describe = |n: i32| -> String {
        let shifted = n + offset;
        if shifted > 150 {
            format!("big {}", shifted)
        } else {
            format!("small {}", shifted)
        }
    };
    println!("{}", describe(10));
    println!("{}", describe(90));
}
