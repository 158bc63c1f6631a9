fn main() {
    let mut calls = 0;
    let a = Some(3).map(|v| {
        calls += 1;
        v * 2
    });
    let b: Option<i32> = None;
    let c = b.map(|v| {
        calls += 1;
        v * 2
    });
    println!("{:?} {:?} {}", a, c, calls);
}
