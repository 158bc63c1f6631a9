fn main() {
    let classify = |n: i32| match n {
        0 => String::from("zero"),
        n if n < 0 => String::from("negative"),
        _ => String::from("positive"),
    };
    for n in [-2, 0, 7] {
        println!("{} is {}", n, classify(n));
    }
}
