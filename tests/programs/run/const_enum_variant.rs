// Constants holding enum values, matched like any value.
#[derive(Debug, Clone, Copy)]
enum Level {
    Low,
    High(u8),
}
const DEFAULT_LEVEL: Level = Level::High(3);
const QUIET: Level = Level::Low;
const NOTHING: Option<i32> = None;
const SOMETHING: Option<i32> = Some(5);
fn describe(level: Level) -> u8 {
    match level {
        Level::Low => 0,
        Level::High(n) => n,
    }
}
fn main() {
    println!("{} {}", describe(DEFAULT_LEVEL), describe(QUIET));
    println!("{:?} {:?} {:?}", NOTHING, SOMETHING, DEFAULT_LEVEL);
    if let Some(n) = SOMETHING {
        println!("got {n}");
    }
}
