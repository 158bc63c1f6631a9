#[derive(Debug)]
struct Node {
    value: u32,
    next: Option<Box<Node>>,
}

fn build(n: u32) -> Option<Box<Node>> {
    let mut head = None;
    let mut i = n;
    while i > 0 {
        head = Some(Box::new(Node { value: i, next: head }));
        i -= 1;
    }
    head
}

fn main() {
    let list = build(4);
    let mut cursor = &list;
    let mut total = 0;
    while let Some(node) = cursor {
        total += node.value;
        println!("visit {}", node.value);
        cursor = &node.next;
    }
    println!("total {total}");
    let mut owned = build(3);
    while let Some(mut node) = owned {
        owned = node.next.take();
        println!("unlinked {} (rest is some: {})", node.value, owned.is_some());
    }
}
