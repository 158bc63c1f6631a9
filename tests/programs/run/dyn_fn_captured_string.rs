fn make_greeter(greeting: String) -> Box<dyn Fn(&str) -> String> {
    Box::new(move |name| format!("{greeting}, {name}!"))
}

fn main() {
    let hello = make_greeter(String::from("Hello"));
    let hi = make_greeter("Hi".to_string());
    println!("{}", hello("world"));
    println!("{}", hi("there"));
    println!("{}", hello("again").len());
}
