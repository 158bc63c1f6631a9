fn add_one(x: i32) -> i32 {
    x + 1
}

fn double(x: i32) -> i32 {
    x * 2
}

fn negate(x: i32) -> i32 {
    -x
}

fn main() {
    let steps: Vec<fn(i32) -> i32> = vec![add_one, double, negate];
    let mut value = 5;
    for step in &steps {
        value = step(value);
        println!("{value}");
    }
    println!("{} steps", steps.len());
}
