fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let v = [1, 2, 3];
    let doubled: Vec<i32> = v.into_iter().map(double).collect();
    println!("{:?}", doubled);
}
