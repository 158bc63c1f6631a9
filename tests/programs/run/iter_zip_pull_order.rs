fn main() {
    let a = vec![1, 2];
    let b = vec![10, 20, 30];
    let pairs: Vec<(i32, i32)> = a
        .iter()
        .map(|x| {
            println!("left {x}");
            *x
        })
        .zip(b.iter().map(|y| {
            println!("right {y}");
            *y
        }))
        .collect();
    println!("{:?}", pairs);
    let longer_left: Vec<(i32, i32)> = b
        .iter()
        .map(|x| {
            println!("L {x}");
            *x
        })
        .zip(a.iter().map(|y| {
            println!("R {y}");
            *y
        }))
        .collect();
    println!("{:?}", longer_left);
}
