// The same with a named lifetime, and a `String` borrowed through it.
fn greeter<'a>(name: &'a String) -> Box<dyn Fn(&str) -> String + 'a> {
    Box::new(move |greeting| format!("{greeting}, {name}!"))
}

fn main() {
    let name = String::from("Ferris");
    let greet = greeter(&name);
    println!("{}", greet("Hello"));
    println!("{}", greet("Bye"));
    drop(greet);
    println!("{}", name.len());
}
