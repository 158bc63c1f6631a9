use std::fmt;

struct Config {
    name: String,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Config").field("name", &self.name).finish_non_exhaustive() //~ UNSUPPORTED
    }
}

fn main() {
    println!("{:?}", Config { name: String::from("x") });
}
