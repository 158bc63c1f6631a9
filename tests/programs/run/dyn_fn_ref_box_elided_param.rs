// `Box<dyn FnMut(i32) + '_>`: an elided object lifetime in a parameter.
fn feed(mut f: Box<dyn FnMut(i32) + '_>, values: &[i32]) {
    for v in values {
        f(*v);
    }
}

fn main() {
    let mut sum = 0;
    feed(Box::new(|v| sum += v), &[1, 2, 3]);
    println!("{sum}");
}
