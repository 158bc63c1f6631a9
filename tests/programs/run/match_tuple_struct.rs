#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn quadrant(p: Point) -> &'static str {
    match p {
        Point { x: 0, y: 0 } => "origin",
        Point { x: 0, .. } | Point { y: 0, .. } => "axis",
        Point { x, y } if x > 0 && y > 0 => "first",
        Point { x, y: _ } if x < 0 => "left half",
        _ => "fourth",
    }
}

fn fizz(pair: (bool, bool)) -> &'static str {
    match pair {
        (true, true) => "FizzBuzz",
        (true, false) => "Fizz",
        (false, true) => "Buzz",
        (false, false) => "",
    }
}

fn main() {
    let points = vec![Point { x: 0, y: 0 }, Point { x: 0, y: 5 }, Point { x: 2, y: 3 }, Point { x: -1, y: 9 }, Point { x: 4, y: -4 }];
    for p in &points {
        println!("{:?}: {}", p, quadrant(*p));
    }
    for n in 1..16 {
        let word = fizz((n % 3 == 0, n % 5 == 0));
        if word.len() > 0 {
            println!("{n}: {word}");
        }
    }
    let (a, (b, c)) = (1, (2, 3));
    let Point { x, y: why } = points[2];
    println!("{a}{b}{c} {x} {why}");
}
