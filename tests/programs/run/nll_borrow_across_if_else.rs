fn main() {
    let mut a = vec![1, 2];
    let pick = if a.len() > 1 { &a[1] } else { &a[0] };
    println!("picked {pick}");
    a.push(3);
    println!("{:?}", a);
}
