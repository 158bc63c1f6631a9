fn push_twice<T: Clone>(v: &mut Vec<T>, x: T) {
    v.push(x.clone());
    v.push(x);
}

fn fill<T: Clone>(v: &mut Vec<T>, x: T, n: usize) {
    for _ in 0..n {
        push_twice(v, x.clone());
    }
    println!("{} {}", v.len(), v.capacity());
}

fn main() {
    let mut v: Vec<String> = Vec::new();
    let r = &mut v;
    fill(r, String::from("x"), 2);
    fill(r, String::from("y"), 1);
    r.push(String::from("z"));
    println!("{:?}", v);
}
