struct Greeter {
    name: String,
    greet: fn(&str) -> String,
}

fn hello(name: &str) -> String {
    format!("Hello, {name}!")
}

fn shout(name: &str) -> String {
    name.to_uppercase()
}

fn main() {
    let polite = Greeter {
        name: String::from("Ferris"),
        greet: hello,
    };
    println!("{}", (polite.greet)(&polite.name));
    let loud = Greeter {
        name: String::from("crab"),
        greet: shout,
    };
    println!("{}", (loud.greet)(&loud.name));
}
