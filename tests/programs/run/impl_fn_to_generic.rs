fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn counter(start: u32) -> impl FnMut() -> u32 {
    let mut c = start;
    move || {
        c += 1;
        c
    }
}

fn apply_twice<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(f(x))
}

fn call_three<F: FnMut() -> u32>(mut f: F) -> u32 {
    f();
    f();
    f()
}

fn consume<F: FnOnce(i32) -> i32>(f: F) -> i32 {
    f(100)
}

fn main() {
    let add = make_adder(5);
    println!("{}", add(0));
    println!("{}", apply_twice(add, 2));
    println!("{}", call_three(counter(10)));
    println!("{}", consume(make_adder(-1)));
}
