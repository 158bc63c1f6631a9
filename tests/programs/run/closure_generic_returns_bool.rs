fn count_if<F: Fn(i32) -> bool>(values: &[i32], keep: F) -> usize {
    let mut n = 0;
    for v in values {
        if keep(*v) {
            n += 1;
        }
    }
    n
}

fn main() {
    let limit = 3;
    let data = [1, 5, 2, 8, 3];
    println!("{}", count_if(&data, |v| v > limit));
    println!("{}", count_if(&data, |v| v % 2 == 0));
}
