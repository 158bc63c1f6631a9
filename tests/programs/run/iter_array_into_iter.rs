fn main() {
    let arr = [1, 2, 3];
    let doubled: Vec<i32> = arr.into_iter().map(|x| x * 2).collect();
    println!("{:?} {}", doubled, doubled.capacity());
    let names = [String::from("x"), String::from("yy")];
    for name in names.into_iter() {
        println!("{name} {}", name.len());
    }
    let words = ["to", "be", "or"];
    let total: usize = words.iter().map(|w| w.len()).sum();
    println!("{total}");
    for (i, w) in words.into_iter().enumerate() {
        println!("{i}={w}");
    }
}
