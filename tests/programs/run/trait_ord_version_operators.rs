use std::cmp::Ordering;

#[derive(Debug)]
struct Version {
    major: u32,
    minor: u32,
}

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.major == other.major && self.minor == other.minor
    }
}

impl Eq for Version {}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        self.major.cmp(&other.major).then(self.minor.cmp(&other.minor))
    }
}

fn main() {
    let old = Version { major: 1, minor: 9 };
    let new = Version { major: 2, minor: 0 };
    println!("{}", old < new);
    println!("{}", old > new);
    println!("{}", old <= new);
    println!("{}", old >= new);
    println!("{}", old == new);
    println!("{}", old != new);
    println!("{:?}", old.cmp(&new));
    println!("{:?}", new.partial_cmp(&old));
}
