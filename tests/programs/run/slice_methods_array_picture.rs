#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

fn main() {
    let mut list = [
        Rectangle { width: 10, height: 1 },
        Rectangle { width: 3, height: 5 },
    ];
    let mut calls = 0;
    list.sort_by_key(|r| {
        calls += 1; //@ in the key
        r.width
    });
    println!("{:?} {calls}", list);
}
