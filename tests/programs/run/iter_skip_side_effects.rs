fn main() {
    let v = vec![1, 2, 3, 4];
    let after: Vec<i32> = v
        .iter()
        .map(|x| {
            println!("visit {x}");
            x + 1
        })
        .skip(2)
        .collect();
    println!("{:?}", after);
    let back: Vec<i32> = v
        .iter()
        .map(|x| {
            println!("rev visit {x}");
            x * 3
        })
        .rev()
        .collect();
    println!("{:?}", back);
}
