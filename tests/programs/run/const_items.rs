// Top-level constants are inlined at each use, like rustc does.
const MAX_POINTS: u32 = 100_000;
const GREETING: &str = "hello";
const SECONDS_PER_HOUR: u64 = 60 * 60;
const HOURS: u64 = 3;
const TOTAL_SECONDS: u64 = SECONDS_PER_HOUR * HOURS;
const ENABLED: bool = !false;
const LETTER: char = 'z';
const RATIO: f64 = 1.0 / 4.0;
fn main() {
    println!("{MAX_POINTS} {GREETING} {TOTAL_SECONDS} {ENABLED} {LETTER} {RATIO}");
    let limit = MAX_POINTS / 10;
    println!("{}", limit + 1);
    println!("{}", GREETING.len());
}
