fn main() {
    let v: Vec<i32> = (1..=10).collect();
    let mut it = v.iter();
    it.next();
    let middle: Vec<&i32> = it.skip(2).take(3).collect();
    println!("{middle:?} cap {}", middle.capacity());
    let it = v.iter();
    let first_two: i32 = it.take(2).sum();
    println!("{first_two}");
    let mut r = 0..100;
    r.next();
    println!("{:?}", r.skip(5).next());
}
