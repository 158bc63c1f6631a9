fn main() {
    let mut v = vec![1, 2, 3];
    for x in &mut v {
        *x += 1;
        v.push(*x); //~ ERROR E0499
    }
    println!("{}", v.len());
}
