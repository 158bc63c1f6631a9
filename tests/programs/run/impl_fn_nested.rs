fn twice(n: i32) -> impl Fn(i32) -> i32 {
    let add = make_adder(n);
    move |x| add(add(x))
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn main() {
    let t = twice(3);
    println!("{}", t(1));
    println!("{}", std::mem::size_of_val(&t));
}
