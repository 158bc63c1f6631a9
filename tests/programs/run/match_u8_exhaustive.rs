fn bucket(b: u8) -> &'static str {
    match b {
        0 => "zero",
        1..=9 => "digit",
        10..=99 => "two digits",
        100..=u8::MAX => "three digits",
    }
}

fn sign(x: i64) -> i8 {
    match x {
        i64::MIN..=-1 => -1,
        0 => 0,
        1.. => 1,
    }
}

fn main() {
    let values = vec![0u8, 7, 42, 255];
    for v in &values {
        println!("{v}: {}", bucket(*v));
    }
    let xs = vec![-9i64, 0, 12];
    for x in &xs {
        println!("{x}: {}", sign(*x));
    }
    let pair = (true, 3u8);
    let label = match pair {
        (true, 0..=127) => "low on",
        (true, 128..) => "high on",
        (false, _) => "off",
    };
    println!("{label}");
}
