#[derive(Debug, PartialEq, PartialOrd, Clone, Copy)]
struct Reading {
    value: f64,
    sensor: u8,
}

fn main() {
    let a = Reading { value: 1.5, sensor: 1 };
    let b = Reading { value: 1.5, sensor: 2 };
    let c = Reading { value: -0.0, sensor: 1 };
    let d = Reading { value: 0.0, sensor: 1 };
    let nan = Reading { value: f64::NAN, sensor: 1 };
    println!("{} {} {} {}", a < b, a == b, a <= b, a > b);
    println!("{} {} {}", c == d, c < d, c >= d);
    println!("{} {} {} {}", nan == nan, nan != nan, nan < a, nan >= a);
    let early = Reading { value: 0.25, sensor: 9 };
    println!("{} {}", early < a, early > nan);
    let mut best = a;
    for r in [b, c, early] {
        if r > best {
            best = r;
        }
    }
    println!("{:?}", best);
}
