//@ edition: 2021
// Edition 2021 captures only `counter.hits`: reading another field while the
// closure is alive is fine (edition 2018 rejects it).
struct Counter {
    hits: u32,
    label: String,
}
fn main() {
    let mut counter = Counter { hits: 0, label: String::from("clicks") };
    let mut click = || counter.hits += 1;
    println!("{}", counter.label);
    click();
}
