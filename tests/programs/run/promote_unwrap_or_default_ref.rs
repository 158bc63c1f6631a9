fn largest(v: &[i32]) -> &i32 {
    v.iter().max().unwrap_or(&0)
}

fn main() {
    let v = vec![3, 9, 4];
    println!("{}", largest(&v));
    let empty: Vec<i32> = Vec::new();
    println!("{}", largest(&empty));
}
