fn main() {
    let outer = String::from("outer");
    let len = {
        let inner = String::from("inner");
        let total = inner.len() + outer.len();
        total
    };
    println!("{len}");
    let mut s = String::new();
    println!("{} {}", s.len(), s.capacity());
    s.push_str("hi");
    println!("{} {}", s.len(), s.capacity());
    s.push_str(" there, friend");
    println!("{} {} {s:?}", s.len(), s.capacity());
    s.push('!');
    let c = s.clone();
    println!("{c} {}", c.capacity());
}
