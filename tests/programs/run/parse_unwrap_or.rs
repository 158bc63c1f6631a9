fn main() {
    let inputs = vec!["5", "x", "12", "", "-3"];
    let mut total = 0;
    for text in &inputs {
        let n: i32 = text.parse().unwrap_or(0);
        total += n;
        println!("{:>3} -> {}", text, n);
    }
    println!("total {}", total);
    let size = std::mem::size_of::<Result<i32, std::num::ParseIntError>>();
    println!("size {}", size);
    println!("{}", std::mem::size_of::<Result<u8, std::num::ParseIntError>>());
}
