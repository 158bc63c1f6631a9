use std::fmt::Display;

trait Logger {
    fn log<T: Display>(&self, value: T);
}

struct Stdout;

impl Logger for Stdout {
    fn log<T: Display>(&self, value: T) {
        println!("{}", value);
    }
}

fn main() {
    let logger: &dyn Logger = &Stdout; //~ ERROR E0038
    logger.log(1);
}
