#[derive(Debug)]
enum MathError {
    DivByZero,
    Negative(i32),
}

fn divide(a: i32, b: i32) -> Result<i32, MathError> {
    if b == 0 {
        Err(MathError::DivByZero)
    } else if a < 0 {
        Err(MathError::Negative(a))
    } else {
        Ok(a / b)
    }
}

fn main() {
    let results = vec![divide(10, 2), divide(1, 0), divide(-4, 2)];
    for r in &results {
        match r {
            Ok(v) => println!("ok: {v}"),
            Err(MathError::DivByZero) => println!("cannot divide by zero"),
            Err(MathError::Negative(n)) => println!("negative input {n}"),
        }
    }
    println!("{:?}", results);
    let good = divide(9, 3);
    println!("{} {} {}", good.is_ok(), good.is_err(), good.unwrap());
    let bad = divide(1, 0);
    println!("{:?} {:?}", bad.is_err(), divide(8, 4).ok());
    println!("{:?} {:?}", divide(1, 0).err(), divide(8, 0).unwrap_or(-1));
}
