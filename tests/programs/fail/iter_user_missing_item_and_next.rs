struct Counter;

impl Iterator for Counter { //~ ERROR E0046
}

fn main() {
    let _c = Counter;
}
