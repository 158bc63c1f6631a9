fn pick<T: Copy>(values: Vec<T>, fallback: T) -> T {
    values.first().copied().unwrap_or_else(|| fallback) //~ UNSUPPORTED
}

fn main() {
    println!("{}", pick(vec![1, 2], 9));
}
