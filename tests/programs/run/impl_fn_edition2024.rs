//@ edition: 2024
fn greeter(name: String) -> impl Fn() -> String {
    move || format!("hi {name}")
}

fn main() {
    let g = greeter(String::from("bo"));
    println!("{}", g());
    println!("{}", g());
}
