// A `&mut dyn FnMut` parameter called in a loop.
fn repeat(n: u32, f: &mut dyn FnMut(u32)) {
    for i in 0..n {
        f(i);
    }
}

fn main() {
    let mut seen = Vec::new();
    repeat(4, &mut |i| seen.push(i * i));
    println!("{seen:?}");
    seen.push(100);
    println!("{}", seen.len());
}
