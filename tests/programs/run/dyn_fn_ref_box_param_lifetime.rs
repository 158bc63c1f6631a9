// `Box<dyn Fn() + 'a>` in a signature may borrow what lives for `'a`.
fn run_twice<'a>(f: Box<dyn Fn() -> usize + 'a>) -> usize {
    f() + f()
}

fn main() {
    let words = vec!["one", "two", "three"];
    let n = run_twice(Box::new(|| words.len()));
    println!("{n} {}", words.len());
}
