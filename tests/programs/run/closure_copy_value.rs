fn main() {
    let k = 3;
    let times = |x: i32| x * k;
    let copy = times;
    println!("{} {}", times(2), copy(5));
}
