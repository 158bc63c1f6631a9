// Array patterns nested in tuples and enums, with guards.
#[derive(Debug)]
enum Move {
    Step([i32; 2]),
    Stay,
}
fn classify(m: &Move) -> &'static str {
    match m {
        Move::Step([0, 0]) => "no-op step",
        Move::Step([dx, 0]) if *dx > 0 => "right",
        Move::Step([_, dy]) if *dy < 0 => "down",
        Move::Step(_) => "other step",
        Move::Stay => "stay",
    }
}
fn main() {
    let moves = [Move::Step([0, 0]), Move::Step([3, 0]), Move::Step([1, -2]), Move::Step([-1, 4]), Move::Stay];
    for m in &moves {
        println!("{:?}: {}", m, classify(m));
    }
    let ([a, b], c) = ([1u8, 2], 'c');
    println!("{a} {b} {c}");
}
