fn is_even(x: &i32) -> bool {
    x % 2 == 0
}

fn main() {
    let v = vec![1, 2, 3, 4];
    let any = v.iter().copied().any(is_even); //~ ERROR E0631
    println!("{}", any);
}
