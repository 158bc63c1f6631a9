fn is_negative(x: &i32) -> bool {
    *x < 0
}

fn is_small(x: i32) -> bool {
    x < 10
}

fn main() {
    let v = vec![3, -1, 7];
    let any = v.iter().any(|x| is_negative(x));
    let all = v.iter().copied().all(is_small);
    let none = v.iter().copied().any(is_small);
    println!("{} {} {}", any, all, none);
}
