use std::cmp::Ordering;

fn main() {
    let order = 1.cmp(&1).then_with(|| 2.cmp(&1));
    println!("{}", order == Ordering::Greater);
}
