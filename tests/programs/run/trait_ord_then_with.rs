use std::cmp::Ordering;

struct Person {
    name: String,
    age: u32,
}

impl PartialEq for Person {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Person {}

impl PartialOrd for Person {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Person {
    fn cmp(&self, other: &Self) -> Ordering {
        self.age.cmp(&other.age).then_with(|| {
            println!("same age, comparing names");
            self.name.cmp(&other.name)
        })
    }
}

fn main() {
    let ann = Person { name: String::from("Ann"), age: 30 };
    let bob = Person { name: String::from("Bob"), age: 30 };
    let cid = Person { name: String::from("Cid"), age: 25 };
    println!("{}", ann < bob);
    println!("{}", cid < ann);
    println!("{:?}", bob.cmp(&ann));
    println!("{}", ann == bob);
}
