#[derive(Debug)]
enum AppError {
    Parse(std::num::ParseIntError),
}

fn describe(e: std::num::ParseIntError) -> String {
    format!("bad number: {}", e)
}

fn triple(x: i32) -> i32 {
    x * 3
}

fn main() {
    let good: Result<i32, AppError> = "12".parse::<i32>().map_err(AppError::Parse);
    let bad: Result<i32, AppError> = "1x".parse::<i32>().map_err(AppError::Parse);
    println!("{:?} {:?}", good, bad);
    let text = "7".parse::<i32>().map(triple).map_err(describe);
    let other = "q".parse::<i32>().map(triple).map_err(describe);
    println!("{:?} {:?}", text, other);
}
