fn first(v: &Vec<i32>) -> &i32 {
    &v[0]
}

fn numbers() -> Vec<i32> {
    vec![1, 2, 3]
}

fn main() {
    let f = first(&numbers()); //~ ERROR E0716
    println!("{f}");
}
