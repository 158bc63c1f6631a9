#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Wrapper(u8);

#[derive(Debug)]
struct Marker;

#[derive(Debug, Clone)]
struct Person {
    name: String,
    age: u32,
}

impl Point {
    fn new(x: i32, y: i32) -> Point {
        Point { x, y }
    }

    fn origin() -> Self {
        Self::new(0, 0)
    }

    fn manhattan(&self) -> i32 {
        let dx = if self.x < 0 { -self.x } else { self.x };
        let dy = if self.y < 0 { -self.y } else { self.y };
        dx + dy
    }

    fn shift(&mut self, by: i32) {
        self.x += by;
        self.y += by;
    }
}

impl Person {
    fn greet(&self) -> String {
        let mut s = String::from("hi ");
        s.push_str(&self.name);
        s
    }

    fn into_name(self) -> String {
        self.name
    }
}

fn main() {
    let mut p = Point::new(3, -4);
    let q = p;
    p.shift(2);
    println!("{:?} {:?} {}", p, q, q.manhattan());
    println!("{:#?}", Point::origin());
    println!("{:?} {:?}", Wrapper(7), Marker);
    let ada = Person { name: String::from("Ada"), age: 36 };
    let copy = ada.clone();
    println!("{} {:?}", ada.greet(), copy);
    println!("{:#?}", copy);
    let name = ada.into_name();
    println!("{name} {}", copy.age);
    let pair = (Point { x: 1, y: 2 }, Wrapper(3));
    println!("{:?} {}", pair, pair.0.x + 1);
}
