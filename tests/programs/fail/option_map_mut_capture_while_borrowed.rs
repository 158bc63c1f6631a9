fn main() {
    let mut total = 0;
    let seen = &total;
    let doubled = Some(2).map(|v| { //~ ERROR E0502
        total += v;
        v * 2
    });
    println!("{:?} {}", doubled, seen);
}
