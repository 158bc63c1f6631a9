use std::cmp::Ordering;

// A reading that may be missing: missing readings are unordered.
#[derive(PartialEq)]
struct Reading(Option<u32>);

impl PartialOrd for Reading {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        match (self.0, other.0) {
            (Some(a), Some(b)) => Some(a.cmp(&b)),
            _ => None,
        }
    }
}

fn main() {
    let known = Reading(Some(3));
    let missing = Reading(None);
    println!("{}", known < missing);
    println!("{}", known > missing);
    println!("{}", known <= missing);
    println!("{}", known >= missing);
    println!("{:?}", known.partial_cmp(&missing));
    println!("{:?}", known.partial_cmp(&Reading(Some(5))));
    println!("{}", Reading(Some(5)) >= Reading(Some(5)));
}
