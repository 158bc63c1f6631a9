use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Debug for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Point").field("x", &self.x).field("y", &self.y).finish()
    }
}

struct Pair(String, f64);

impl fmt::Debug for Pair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Pair").field(&self.0).field(&self.1).finish()
    }
}

struct Bag {
    items: Vec<Point>,
}

impl fmt::Debug for Bag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(&self.items).finish()
    }
}

struct Empty;
impl fmt::Debug for Empty {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Empty").finish()
    }
}

#[derive(Debug)]
struct Outer {
    p: Point,
    pair: Pair,
}

fn main() {
    let p = Point { x: 1, y: -2 };
    println!("{:?}", p);
    println!("{:#?}", p);
    println!("{:5?}", p);
    let pair = Pair(String::from("a"), 1.5);
    println!("{:?}", pair);
    println!("{:#?}", pair);
    let bag = Bag { items: vec![Point { x: 0, y: 0 }, Point { x: 3, y: 4 }] };
    println!("{:?}", bag);
    println!("{:#?}", bag);
    println!("{:?} {:#?}", Empty, Empty);
    let outer = Outer { p, pair };
    println!("{:#?}", outer);
    let text = format!("{:?}", outer);
    println!("{} {}", text, text.len());
}
