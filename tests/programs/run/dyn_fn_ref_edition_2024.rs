//@ edition: 2024
// Closures capturing fields by reference behind a trait object.
struct Config {
    factor: i32,
    name: String,
}

fn main() {
    let mut config = Config {
        factor: 3,
        name: String::from("c"),
    };
    let f: &dyn Fn(i32) -> i32 = &|x| x * config.factor;
    config.name.push('!');
    println!("{} {}", f(7), config.name);
}
