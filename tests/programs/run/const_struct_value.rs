// Constants of struct, tuple and array types.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}
const ORIGIN: Point = Point { x: 0, y: 0 };
const UNIT_X: Point = Point { x: 1, y: ORIGIN.y };
const PAIR: (u8, bool) = (7, true);
const SQUARES: [u32; 4] = [0, 1, 4, 9];
const ZEROS: [i64; 3] = [0; 3];
fn main() {
    let mut p = ORIGIN;
    p.x += UNIT_X.x;
    println!("{:?} {:?} {}", p, ORIGIN, p == UNIT_X);
    println!("{:?} {}", PAIR, PAIR.0);
    println!("{:?} {} {:?}", SQUARES, SQUARES[3], ZEROS);
    let mut total = 0;
    for square in SQUARES {
        total += square;
    }
    println!("{total}");
}
