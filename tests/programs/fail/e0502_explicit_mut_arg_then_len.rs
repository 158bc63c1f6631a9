fn append_len(v: &mut Vec<usize>, n: usize) {
    v.push(n);
}

fn main() {
    let mut v = vec![1];
    append_len(&mut v, v.len()); //~ ERROR E0502
    println!("{:?}", v);
}
