fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn main() {
    let add = make_adder(3);
    println!("{}", add(4));
    println!("{}", add(10));
    println!("{}", std::mem::size_of_val(&add));
    println!("{}", apply(add, 5));
}
