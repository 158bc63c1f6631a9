//@ edition: 2018
// Edition 2018: a closure incrementing `counter.hits` mutably borrows the
// whole `counter`.
struct Counter {
    hits: u32,
    label: String,
}
fn main() {
    let mut counter = Counter { hits: 0, label: String::from("clicks") };
    let mut click = || counter.hits += 1;
    click();
    click();
    println!("{} {}", counter.label, counter.hits);
}
