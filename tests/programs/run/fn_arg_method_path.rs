struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn norm1(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
}

fn main() {
    let points = vec![Point { x: 1, y: -2 }, Point { x: 3, y: 4 }];
    let norms: Vec<i32> = points.iter().map(Point::norm1).collect();
    println!("{:?}", norms);
}
