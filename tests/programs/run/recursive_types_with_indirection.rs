#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let list = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Nil))));
    println!("{:?}", list);
    let second = Node { value: 2, next: None };
    let first = Node { value: 1, next: Some(Box::new(second)) };
    let mut total = first.value;
    if let Some(next) = &first.next {
        total += next.value;
    }
    println!("{total}");
}
