use std::fmt;
use std::ops::{Add, Mul, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Add for Vec2 {
    type Output = Vec2;
    fn add(self, other: Vec2) -> Vec2 {
        Vec2 { x: self.x + other.x, y: self.y + other.y }
    }
}

impl Sub for Vec2 {
    type Output = Self;
    fn sub(self, other: Self) -> Self {
        Vec2 { x: self.x - other.x, y: self.y - other.y }
    }
}

impl Mul for Vec2 {
    type Output = f64;
    fn mul(self, other: Vec2) -> f64 {
        self.x * other.x + self.y * other.y
    }
}

struct Money {
    cents: i64,
}

impl Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        Money { cents: self.cents + other.cents }
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "${}.{:02}", self.cents / 100, self.cents % 100)
    }
}

fn sum_all<T: Add<Output = T> + Copy>(items: &[T], zero: T) -> T {
    let mut total = zero;
    for &item in items {
        total = total + item;
    }
    total
}

fn main() {
    let a = Vec2 { x: 1.0, y: 2.0 };
    let b = Vec2 { x: 0.5, y: -1.0 };
    println!("{:?} {:?} {}", a + b, a - b, a * b);
    println!("{:?}", a + b + a);
    let total = Money { cents: 250 } + Money { cents: 199 };
    println!("{}", total);
    println!("{:?}", sum_all(&[a, b, a], Vec2 { x: 0.0, y: 0.0 }));
    println!("{}", sum_all(&[1, 2, 3], 0));
}
