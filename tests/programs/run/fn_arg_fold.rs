fn add(acc: i32, x: &i32) -> i32 {
    acc + x
}

fn main() {
    let v = vec![1, 2, 3, 4];
    let total = v.iter().fold(0, add);
    println!("{}", total);
}
