// Pretty Debug output with floats inside structs and tuples.
#[derive(Debug)]
struct Reading {
    sensor: u8,
    celsius: f64,
    ok: bool,
}

#[derive(Debug)]
struct Pair(f32, i64);

fn main() {
    let r = Reading { sensor: 3, celsius: -12.5, ok: true };
    println!("{:?}", r);
    println!("{:#?}", r);
    let p = Pair(0.1, -1);
    println!("{:?} {:#?}", p, p);
    let nested = (1.0, (2, 3.5), "x");
    println!("{:?}", nested);
    println!("{:#?}", nested);
    let readings = vec![Reading { sensor: 1, celsius: 20.0, ok: false }, Reading { sensor: 2, celsius: 1e-7, ok: true }];
    println!("{:#?}", readings);
    println!("{:.1?}", (1.25, 2.35));
    let s = format!("{:#?}", Pair(1.5, 2));
    println!("{} {}", s.len(), s.capacity());
}
