#[derive(Debug)]
enum Move {
    Up(u32),
    Down(u32),
    Left(u32),
    Right(u32),
    Stay,
}

fn distance(m: &Move) -> u32 {
    match m {
        Move::Up(n) | Move::Down(n) => *n * 2,
        Move::Left(n) | Move::Right(n) if *n > 10 => 10,
        Move::Left(n) | Move::Right(n) => *n,
        Move::Stay => 0,
    }
}

fn pair_kind(p: (i32, i32)) -> &'static str {
    match p {
        (0, x) | (x, 0) if x != 0 => "on an axis",
        (0, 0) => "origin",
        (a, b) if a == b => "diagonal",
        _ => "elsewhere",
    }
}

fn main() {
    let moves = vec![Move::Up(3), Move::Left(20), Move::Right(4), Move::Down(1), Move::Stay];
    let mut total = 0;
    for m in &moves {
        total += distance(m);
        println!("{:?} -> {}", m, distance(m));
    }
    println!("total {total}");
    let points = vec![(0, 5), (3, 0), (0, 0), (2, 2), (1, 9)];
    for p in &points {
        println!("{:?}: {}", p, pair_kind(*p));
    }
}
