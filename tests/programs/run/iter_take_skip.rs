fn main() {
    let v: Vec<i32> = (1..=10).collect();
    let middle: Vec<&i32> = v.iter().skip(3).take(4).collect();
    println!("{:?} {}", middle, middle.capacity());
    let first_three: i32 = v.iter().take(3).sum();
    println!("{first_three}");
    let rest = v.iter().skip(7).count();
    println!("{rest}");
    for (i, x) in v.iter().skip(8).enumerate() {
        println!("{i} {x}");
    }
    let beyond: Vec<i32> = v.iter().copied().skip(20).collect();
    println!("{:?} {}", beyond, beyond.capacity());
    let many: Vec<i32> = v.iter().copied().take(50).collect();
    println!("{} {}", many.len(), many.capacity());
}
