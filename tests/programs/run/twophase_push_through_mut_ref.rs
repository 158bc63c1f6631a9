fn grow(v: &mut Vec<usize>) {
    v.push(v.len());
    v.push(v.len() * 10);
}

fn main() {
    let mut v = Vec::new();
    grow(&mut v);
    println!("{:?}", v);
}
