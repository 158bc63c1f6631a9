#[derive(Debug)]
enum Direction {
    North,
    East,
    South,
    West,
}

fn turn(d: Direction) -> Direction {
    match d { //~ ERROR E0004
        Direction::North => Direction::East,
        Direction::East => Direction::South,
        Direction::South => Direction::West,
    }
}

fn main() {
    println!("{:?}", turn(Direction::North));
}
