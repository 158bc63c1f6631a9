fn main() {
    let yes: bool = "true".parse().unwrap();
    println!("{}", yes);
    println!("{:?}", "True".parse::<bool>());
    match "maybe".parse::<bool>() {
        Ok(b) => println!("bool {}", b),
        Err(e) => println!("error: {}", e),
    }
    println!("{:?}", "x".parse::<char>());
    println!("{:?}", "xy".parse::<char>());
    println!("{:?}", "".parse::<char>());
    if let Err(e) = "ab".parse::<char>() {
        println!("{}", e);
    }
    if let Err(e) = "".parse::<char>() {
        println!("{}", e);
    }
}
