fn greet<F: Fn(&str) -> String>(f: F) {
    println!("{}", f("world"));
}

fn main() {
    let greeting = String::from("hello");
    greet(|name| format!("{}, {}!", greeting, name));
    println!("{}", greeting);
}
