#[derive(Debug)]
struct Config {
    name: String,
    level: u8,
}

fn main() {
    let mut cfg = Config { name: String::from("app"), level: 1 };
    let view = &cfg;
    let name = &mut cfg.name; //~ ERROR E0502
    name.push_str("-dev");
    println!("{:?}", view);
}
