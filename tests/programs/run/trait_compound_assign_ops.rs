use std::ops::{Add, AddAssign, SubAssign};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl Add for Point {
    type Output = Point;
    fn add(self, other: Point) -> Point {
        Point { x: self.x + other.x, y: self.y + other.y }
    }
}

impl AddAssign for Point {
    fn add_assign(&mut self, other: Point) {
        *self = *self + other;
    }
}

impl SubAssign for Point {
    fn sub_assign(&mut self, other: Point) {
        self.x -= other.x;
        self.y -= other.y;
    }
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    p += Point { x: 3, y: 4 };
    println!("{:?}", p);
    p -= Point { x: 1, y: 1 };
    println!("{:?}", p);
    let mut ps = vec![p, p];
    ps[1] += p;
    println!("{:?}", ps);
}
