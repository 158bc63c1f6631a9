use std::cmp::Ordering;

#[derive(Debug)]
struct Player {
    name: String,
    score: u32,
}

fn main() {
    let mut v = vec![3, 1, 2, 5, 4];
    v.sort_by(|a, b| b.cmp(a));
    println!("{:?}", v);
    let mut comparisons = 0;
    let mut w = vec![4, 2, 9, 1];
    w.sort_by(|a, b| {
        comparisons += 1;
        a.cmp(b)
    });
    println!("{:?} after {} comparisons", w, comparisons);
    let mut players = vec![
        Player { name: String::from("ann"), score: 7 },
        Player { name: String::from("bob"), score: 9 },
        Player { name: String::from("cid"), score: 7 },
    ];
    players.sort_by(|a, b| b.score.cmp(&a.score).then(a.name.cmp(&b.name)));
    println!("{:?}", players);
    let mut floats = vec![2.5, -1.0, 0.5];
    floats.sort_by(|a: &f64, b: &f64| a.partial_cmp(b).unwrap_or(Ordering::Equal));
    println!("{:?}", floats);
}
