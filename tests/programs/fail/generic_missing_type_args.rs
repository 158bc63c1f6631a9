struct Point<T> {
    x: T,
    y: T,
}

fn origin() -> Point { //~ ERROR E0107
    Point { x: 0, y: 0 }
}

fn main() {
    let p = origin();
    println!("{}", p.x);
}
