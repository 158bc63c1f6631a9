#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Low,
    High(u8),
}

static DEFAULT_LEVEL: Level = Level::High(3);
static LEVELS: [Level; 2] = [Level::Low, Level::High(9)];

fn main() {
    let level = DEFAULT_LEVEL;
    println!("{:?}", level);
    for l in &LEVELS {
        match l {
            Level::Low => println!("low"),
            Level::High(n) => println!("high {n}"),
        }
    }
    println!("{}", level == LEVELS[1]);
}
