use std::cmp::Ordering;

#[derive(Debug, PartialEq, PartialOrd)]
struct Reading {
    celsius: f64,
}

fn main() {
    let x = 1.5_f64;
    println!("{:?}", x.partial_cmp(&2.0));
    println!("{:?}", f64::NAN.partial_cmp(&1.0));
    match 2.5_f32.partial_cmp(&2.5) {
        Some(Ordering::Equal) => println!("equal"),
        Some(_) => println!("different"),
        None => println!("not comparable"),
    }
    let warm = Reading { celsius: 21.5 };
    let cold = Reading { celsius: -3.0 };
    println!("{:?}", warm.partial_cmp(&cold));
    println!("{:?}", 3.partial_cmp(&3));
}
