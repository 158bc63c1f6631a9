fn main() {
    let name = String::from("Ferris");
    let greet = |greeting: &str| println!("{}, {}!", greeting, name);
    greet("Hello");
    greet("Bye");
    println!("{} is still here", name);
}
