fn apply(f: &dyn Fn(i32, i32) -> i32, a: i32, b: i32) -> i32 {
    f(a, b)
}

fn main() {
    let max = |a: i32, b: i32| if a > b { a } else { b };
    println!("{}", apply(&max, 3, 9));
    let boxed: Box<dyn Fn(i32, i32) -> i32> = Box::new(|a, b| a * b);
    println!("{}", boxed(6, 7));
    println!("{}", apply(&*boxed, 2, 5));
}
