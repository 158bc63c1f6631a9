fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    let add_one: fn(i32) -> i32 = |x| x + 1;
    println!("{}", add_one(41));
    println!("{}", apply(|x| x * 3, 5));
    let table: Vec<fn(i32) -> i32> = vec![|x| x - 1, |x| x * x];
    for f in &table {
        println!("{}", f(6));
    }
}
