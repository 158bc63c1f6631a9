#[derive(Debug)]
struct Config {
    name: &'static str,
    level: u8,
    ratio: f64,
}

static CONFIG: Config = Config {
    name: "server",
    level: 3,
    ratio: 0.5,
};

fn describe(config: &Config) -> String {
    format!("{} at level {} ({})", config.name, config.level, config.ratio)
}

fn main() {
    println!("{}", describe(&CONFIG));
    println!("{:?}", CONFIG);
    let level = CONFIG.level;
    println!("{}", level + 1);
}
