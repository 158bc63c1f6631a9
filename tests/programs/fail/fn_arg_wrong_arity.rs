fn add(a: i32, b: i32) -> bool {
    a + b > 3
}

fn main() {
    let v = vec![1, 2, 3];
    let any = v.iter().copied().any(add); //~ ERROR E0593
    println!("{}", any);
}
