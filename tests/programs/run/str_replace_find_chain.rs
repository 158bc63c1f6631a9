fn main() {
    let csv = "a,b,,c";
    let fixed = csv.replace(",,", ",");
    println!("{}", fixed);
    let first_comma = fixed.find(',').unwrap();
    println!("{}", &fixed[..first_comma]);
    let tail = &fixed[first_comma + 1..];
    println!("{:?}", tail.find(','));
    println!("{:?}", tail.rfind(','));
}
