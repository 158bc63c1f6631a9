fn append_len(v: &mut Vec<usize>, n: usize) {
    v.push(n);
}

fn main() {
    let mut v = vec![1];
    let r = &mut v;
    append_len(r, r.len());
    append_len(r, r.len());
    println!("{:?}", v);
}
