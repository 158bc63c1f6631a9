use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Player {
    score: u32,
    name: String,
}

fn rank(a: &Player, b: &Player) -> Ordering {
    // Higher scores first, then names in alphabetical order.
    a.score.cmp(&b.score).reverse().then(a.name.cmp(&b.name))
}

fn main() {
    let ana = Player { score: 30, name: String::from("Ana") };
    let bo = Player { score: 30, name: String::from("Bo") };
    let cy = Player { score: 50, name: String::from("Cy") };
    println!("{:?} {:?} {:?}", rank(&ana, &bo), rank(&cy, &ana), rank(&bo, &bo));
    let order = ana.cmp(&cy);
    println!("{} {} {}", order.is_lt(), order.is_ge(), order.reverse().is_gt());
    println!("{} {}", Ordering::Equal.is_eq(), Ordering::Less.is_ne());
}
