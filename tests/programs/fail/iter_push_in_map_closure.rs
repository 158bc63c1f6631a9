fn main() {
    let mut v = vec![1, 2, 3];
    let doubled: Vec<i32> = v
        .iter()
        .map(|x| { //~ ERROR E0502
            v.push(0);
            x * 2
        })
        .collect();
    println!("{:?}", doubled);
}
