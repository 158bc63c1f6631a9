//@ edition: 2018
// Edition 2018: a closure reading `config.name` borrows all of `config`;
// moving another field out afterwards is fine once the closure is dead.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct Config {
    name: Noisy,
    level: u32,
}
fn main() {
    let config = Config { name: Noisy("name"), level: 3 };
    let describe = || println!("{} at level {}", config.name.0, config.level);
    describe();
    describe();
    let name = config.name;
    println!("moved out {}", name.0);
}
