trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &str;
}
struct Circle { r: f64 }
struct Square { s: f64 }
impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.r * self.r }
    fn name(&self) -> &str { "circle" }
}
impl Shape for Square {
    fn area(&self) -> f64 { self.s * self.s }
    fn name(&self) -> &str { "square" }
}
fn make(kind: u32, size: f64) -> Box<dyn Shape> {
    if kind == 0 {
        Box::new(Circle { r: size })
    } else if kind == 1 {
        return Box::new(Square { s: size });
    } else {
        Box::new(Square { s: size * 2.0 })
    }
}
#[derive(Debug, Default)]
struct Config { verbose: bool, level: u8, name: String, tags: Vec<String> }
fn main() {
    for k in 0..3 {
        let s = make(k, 1.5);
        println!("{} {}", s.name(), s.area());
    }
    let c = Config { level: 3, ..Default::default() };
    println!("{:?}", c);
    let d = Config { name: String::from("x"), ..c };
    println!("{:?}", d);
}
