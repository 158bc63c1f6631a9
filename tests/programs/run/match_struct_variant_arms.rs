#[derive(Debug)]
enum E {
    A { x: i32, y: i32 },
    B(i32),
    C,
}
fn main() {
    let items = vec![E::A { x: 1, y: 2 }, E::B(3), E::C];
    let mut sum = 0;
    for e in &items {
        sum += match e {
            E::A { x, y: 2 } => *x,
            E::A { y, .. } => *y,
            E::B(n) | E::A { x: n, .. } => *n,
            E::C => 0,
        };
    }
    println!("{sum}");
    let e = E::A { x: 5, y: 6 };
    let E::A { x: px, y: py } = e else { panic!() };
    println!("{px} {py}");
    let b = E::B(-1);
    let v = match b {
        E::B(n) if n < 0 => -n,
        E::B(n) => n,
        _ => 0,
    };
    println!("{v} {:?}", b);
}
