fn main() {
    let primary: Option<i32> = None;
    let chosen = primary.or_else(|| Some(2));
    println!("{:?}", chosen);
    let kept = Some(1).or_else(|| Some(2));
    println!("{:?}", kept);
}
