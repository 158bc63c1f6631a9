fn main() {
    let mut sum = 0;
    let mut add = |x: i32| sum += x;
    for i in 1..=4 {
        add(i);
    }
    println!("{}", sum);
}
