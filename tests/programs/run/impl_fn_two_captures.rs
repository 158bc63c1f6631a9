fn line(m: i32, b: i32) -> impl Fn(i32) -> i32 {
    move |x| m * x + b
}

fn main() {
    let f = line(2, 1);
    let g = line(-1, 10);
    for x in 0..3 {
        println!("{} {}", f(x), g(x));
    }
    println!("{}", std::mem::size_of_val(&f));
}
