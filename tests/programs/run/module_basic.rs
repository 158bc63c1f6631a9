// A module with a struct, its methods and a function, used through paths.
mod shapes {
    #[derive(Debug)]
    pub struct Circle {
        pub radius: f64,
    }
    impl Circle {
        pub fn new(radius: f64) -> Circle {
            Circle { radius }
        }
        pub fn area(&self) -> f64 {
            PI_ISH * self.radius * self.radius
        }
    }
    const PI_ISH: f64 = 3.0;
    pub fn describe(c: &Circle) -> String {
        format!("circle of radius {}", c.radius)
    }
}
fn main() {
    let c = shapes::Circle::new(2.0);
    println!("{} {}", shapes::describe(&c), c.area());
    let d = shapes::Circle { radius: 1.5 };
    println!("{:?} {}", d, crate::shapes::describe(&d));
}
