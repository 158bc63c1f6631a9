fn main() {
    let mut v = vec![1];
    for i in 0..3 {
        let last = &v[v.len() - 1];
        println!("iteration {i}: last = {last}");
        v.push(i + 10);
    }
    println!("{:?}", v);
}
