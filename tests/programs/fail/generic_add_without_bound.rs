fn sum<T: Copy>(a: T, b: T) -> T {
    a + b //~ ERROR E0369
}

fn main() {
    println!("{}", sum(1, 2));
}
