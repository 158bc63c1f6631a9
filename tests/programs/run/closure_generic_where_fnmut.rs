fn call_twice<F>(mut f: F)
where
    F: FnMut(),
{
    f();
    f();
}

fn main() {
    let mut count = 0;
    call_twice(|| count += 1);
    call_twice(|| count *= 10);
    println!("{}", count);
}
