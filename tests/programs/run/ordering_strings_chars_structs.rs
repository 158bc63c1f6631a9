use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Version {
    major: u32,
    minor: u32,
}

fn describe(order: Ordering) -> &'static str {
    match order {
        Ordering::Less => "before",
        Ordering::Equal => "same",
        Ordering::Greater => "after",
    }
}

fn main() {
    let a = String::from("apple");
    let b = "banana";
    println!("{}", describe(a.as_str().cmp(b)));
    println!("{}", describe(a.cmp(&String::from("apple"))));
    println!("{:?}", 'z'.cmp(&'a'));
    println!("{:?}", true.cmp(&false));
    let old = Version { major: 1, minor: 9 };
    let new = Version { major: 1, minor: 10 };
    println!("{}", describe(old.cmp(&new)));
    let r = &new;
    println!("{:?}", r.cmp(&&old));
    println!("{:?}", r.partial_cmp(&old));
    let orders = vec![old.cmp(&old), new.cmp(&old)];
    println!("{:?}", orders);
    println!("{:?}", (1, "b").cmp(&(1, "a")));
}
