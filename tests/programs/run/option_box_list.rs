#[derive(Debug)]
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn push_front(head: Option<Box<Node>>, value: i32) -> Option<Box<Node>> {
    Some(Box::new(Node { value, next: head }))
}

fn sum(list: &Option<Box<Node>>) -> i32 {
    match list {
        Some(node) => node.value + sum(&node.next),
        None => 0,
    }
}

fn main() {
    let mut list = None;
    for v in 1..=3 {
        list = push_front(list, v * 10);
    }
    println!("{:?}", list);
    println!("sum {}", sum(&list));
    if let Some(first) = &list {
        println!("first {}", first.value);
    }
    let second = list.as_ref().unwrap().next.as_ref().unwrap().value;
    println!("second {second}");
    let taken = list.take();
    println!("{} {:?}", taken.is_some(), list);
}
