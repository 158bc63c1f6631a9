// A generic enum with two type parameters and derived comparisons.
#[derive(Debug, Clone, PartialEq)]
enum Either<L, R> {
    Left(L),
    Right(R),
}
fn split(values: &[i32]) -> Vec<Either<i32, String>> {
    let mut out = Vec::new();
    for &v in values {
        if v % 2 == 0 {
            out.push(Either::Left(v));
        } else {
            out.push(Either::Right(format!("odd {v}")));
        }
    }
    out
}
fn main() {
    let parts = split(&[1, 2, 3]);
    println!("{:?}", parts);
    let copy = parts[1].clone();
    println!("{}", copy == Either::Left(2));
    for part in &parts {
        match part {
            Either::Left(n) => println!("left {n}"),
            Either::Right(s) => println!("right {s}"),
        }
    }
}
