fn main() {
    let v = vec![1, 2, 3];
    let r = &v;
    let first = r[0];
    let total = r[0] + r[1] + r[2];
    println!("{first} {total} {}", v.len());
}
