use std::fmt::Display;

struct Logger {
    prefix: String,
    lines: u32,
}

impl Logger {
    fn log<T: Display>(&mut self, value: T) {
        self.lines += 1;
        println!("{}{}: {}", self.prefix, self.lines, value);
    }

    fn log_pair<A: Display, B: Display>(&mut self, a: A, b: B) {
        self.log(format!("{} / {}", a, b));
    }
}

fn main() {
    let mut logger = Logger { prefix: String::from("log#"), lines: 0 };
    logger.log(1);
    logger.log("two");
    logger.log(3.5);
    logger.log::<char>('4');
    logger.log_pair(5, "five");
    logger.log_pair(true, 'x');
    println!("{} lines", logger.lines);
}
