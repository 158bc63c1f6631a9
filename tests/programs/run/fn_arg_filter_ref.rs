fn is_even(x: &i32) -> bool {
    x % 2 == 0
}

fn main() {
    let v = vec![1, 2, 3, 4, 5, 6];
    let evens: Vec<i32> = v.iter().copied().filter(is_even).collect();
    println!("{:?}", evens);
}
