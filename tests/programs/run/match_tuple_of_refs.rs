fn main() {
    let pairs = vec![(1, Some('a')), (2, None), (3, Some('c'))];
    for (n, c) in &pairs {
        match (n, c) {
            (1, Some(ch)) => println!("one {ch}"),
            (_, None) => println!("{n} none"),
            (k, Some(ch)) if *k > 2 => println!("big {k} {ch}"),
            _ => println!("other"),
        }
    }
    let x = Some(3);
    let y = match x {
        Some(n @ 1..=5) => n * 10,
        Some(n) => n,
        None => -1,
    };
    let z = if let Some(3) = x { "three" } else { "not three" };
    println!("{y} {z}");
    let mut count = 0;
    let mut opt = Some(0);
    while let Some(n) = opt {
        count += 1;
        opt = if n < 3 { Some(n + 1) } else { None };
    }
    println!("{count}");
}
