fn main() {
    let hello = String::from("Hello");
    let world = String::from("world");
    let greeting = hello + ", " + &world + "!";
    println!("{} (len {}, cap {})", greeting, greeting.len(), greeting.capacity());
    let mut log = String::new();
    log += "one";
    log += " two";
    let three = String::from(" three");
    log += &three;
    println!("{} cap {}", log, log.capacity());
    println!("{}", world);
}
