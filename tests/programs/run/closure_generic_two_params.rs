fn combine<F, G>(f: F, g: G, x: i32) -> i32
where
    F: Fn(i32) -> i32,
    G: Fn(i32) -> i32,
{
    g(f(x))
}

fn main() {
    let add = 1;
    println!("{}", combine(|x| x + add, |x| x * 10, 4));
}
