#[derive(Debug, Clone, Copy)]
struct Point<T> {
    x: T,
    y: T,
}

impl<T: Copy> Point<T> {
    fn new(x: T, y: T) -> Self {
        Point { x, y }
    }

    fn x(&self) -> T {
        self.x
    }

    fn swap(&self) -> Point<T> {
        Point::new(self.y, self.x)
    }
}

impl Point<f64> {
    fn distance(&self, other: &Point<f64>) -> f64 {
        ((self.x - other.x).powi(2) + (self.y - other.y).powi(2)).sqrt()
    }
}

impl Point<i32> {
    fn manhattan(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
}

fn main() {
    let a = Point::new(3, -4);
    let b = a.swap();
    println!("{:?} {:?} {} {}", a, b, a.x(), b.manhattan());
    let c = Point::new(0.0, 0.0);
    let d = Point::new(3.0, 4.0);
    println!("{} {}", c.distance(&d), d.swap().x());
    let e = Point::new('a', 'b');
    println!("{:?}", e.swap());
    let copied = a;
    println!("{:?} {:?}", a, copied);
}
