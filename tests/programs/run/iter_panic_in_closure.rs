fn main() {
    let v = vec![4, 2, 0, 1];
    let results: Vec<i32> = v
        .iter()
        .map(|x| {
            println!("dividing by {x}");
            100 / x
        })
        .collect();
    println!("{:?}", results);
}
