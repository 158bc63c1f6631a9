use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut grid = HashMap::new();
    grid.insert(Point { x: 0, y: 0 }, "origin");
    grid.insert(Point { x: 1, y: 2 }, "treasure");
    let probe = Point { x: 1, y: 2 };
    println!("{:?} -> {:?}", probe, grid.get(&probe));
    println!("{}", grid.contains_key(&Point { x: 5, y: 5 }));
    let mut tuples: HashMap<(i32, char), bool> = HashMap::new();
    tuples.insert((1, 'a'), true);
    println!("{:?}", tuples.get(&(1, 'a')));
    println!("{:?}", tuples);
}
