use std::mem::size_of;

struct Point<T> {
    x: T,
    y: T,
}

struct Pair<A, B> {
    a: A,
    b: B,
}

struct Tagged<T> {
    tag: u8,
    value: T,
}

fn size_of_val_of<T>(_value: &T) -> usize {
    size_of::<T>()
}

fn main() {
    println!("Point<u8>: {}", size_of::<Point<u8>>());
    println!("Point<i32>: {}", size_of::<Point<i32>>());
    println!("Point<f64>: {}", size_of::<Point<f64>>());
    println!("Pair<u8, u32>: {}", size_of::<Pair<u8, u32>>());
    println!("Pair<u32, u8>: {}", size_of::<Pair<u32, u8>>());
    println!("Tagged<u64>: {}", size_of::<Tagged<u64>>());
    println!("Tagged<String>: {}", size_of::<Tagged<String>>());
    println!("Tagged<Point<u16>>: {}", size_of::<Tagged<Point<u16>>>());
    let p = Point { x: 1.5f32, y: 2.5 };
    let q = Pair { a: 'c', b: true };
    println!("{} {}", size_of_val_of(&p), size_of_val_of(&q));
    println!("{} {} {} {}", p.x, p.y, q.a, q.b);
    println!("{}", size_of_val_of(&vec![p]));
}
