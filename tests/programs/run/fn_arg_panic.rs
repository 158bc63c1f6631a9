fn checked_div(x: i32) -> i32 {
    if x == 0 {
        panic!("division by zero");
    }
    100 / x
}

fn main() {
    let v = vec![5, 2, 0, 4];
    let quotients: Vec<i32> = v.iter().copied().map(checked_div).collect();
    println!("{:?}", quotients);
}
