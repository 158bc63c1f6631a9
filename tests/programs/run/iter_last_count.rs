fn main() {
    let v = vec!["first", "middle", "last"];
    println!("{:?}", v.iter().last());
    println!("{:?}", (0..0).last());
    println!("{:?}", "abc".chars().last());
    println!("{}", v.iter().filter(|s| s.len() > 4).count());
    let last_even = (1..10).filter(|x| x % 2 == 0).last();
    println!("{:?}", last_even);
}
