// A closure borrowing two locals as one trait object.
fn apply(f: &dyn Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    let scale = 3;
    let offset = String::from("abcd");
    let f = |x: i32| x * scale + offset.len() as i32;
    println!("{}", apply(&f, 2));
    println!("{}", apply(&f, 5));
    drop(offset);
    println!("{scale}");
}
