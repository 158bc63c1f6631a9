#[derive(Debug)]
enum AppError {
    Empty,
    TooLong(usize),
}

fn check(name: &str) -> Result<&str, AppError> {
    if name.is_empty() {
        Err(AppError::Empty)
    } else if name.len() > 8 {
        Err(AppError::TooLong(name.len()))
    } else {
        Ok(name)
    }
}

fn main() -> Result<(), AppError> {
    for name in ["ferris", "corro"] {
        let checked = check(name)?;
        println!("hello, {checked}");
    }
    if let Err(e) = check("a very long name") {
        println!("handled: {e:?}");
    }
    Ok(())
}
