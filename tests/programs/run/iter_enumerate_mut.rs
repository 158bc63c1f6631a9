fn main() {
    let mut v = vec![1, 2, 3, 4];
    for (i, x) in v.iter_mut().enumerate() {
        *x *= i as i32 + 1;
    }
    println!("{:?}", v);
    for x in v.iter_mut() {
        *x += 100;
    }
    println!("{:?}", v);
    for x in &mut v {
        *x -= 1;
    }
    println!("{:?}", v);
}
