use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

impl fmt::Debug for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            writeln!(f, "Point [")?;
            writeln!(f, "  x = {}", self.x)?;
            write!(f, "  y = {}\n]", self.y)
        } else {
            write!(f, "P[{} {}]", self.x, self.y)
        }
    }
}

struct Name(String);

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(&self.0)
    }
}

#[derive(Debug)]
struct Line {
    start: Point,
    end: Point,
}

fn main() {
    let p = Point { x: 3, y: -4 };
    println!("{}", p);
    println!("{:?}", p);
    println!("{:#?}", p);
    println!("[{:>10}] [{}]", p, p.to_string());
    let n = Name(String::from("Ada"));
    println!("[{:>8}] [{:<6}] [{:^7}] [{}]", n, n, n, n);
    let line = Line { start: Point { x: 0, y: 0 }, end: Point { x: 1, y: 2 } };
    println!("{:?}", line);
    println!("{:#?}", line);
    let v = vec![Point { x: 1, y: 1 }, Point { x: 2, y: 3 }];
    println!("{:?}", v);
    let s = format!("{} and {}", v[0], v[1]);
    println!("{} {} {}", s, s.len(), s.capacity());
    let t = p.to_string();
    println!("{} {} {}", t, t.len(), t.capacity());
}
