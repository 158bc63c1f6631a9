//@ edition: 2018
// Edition 2018 captures the whole struct: reading another field while the
// closure holds `counter` mutably is an error (edition 2021 accepts it).
struct Counter {
    hits: u32,
    label: String,
}
fn main() {
    let mut counter = Counter { hits: 0, label: String::from("clicks") };
    let mut click = || counter.hits += 1;
    println!("{}", counter.label); //~ ERROR E0502
    click();
}
