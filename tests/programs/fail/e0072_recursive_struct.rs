struct Node { //~ ERROR E0072
    value: i32,
    next: Option<Node>,
}

fn main() {
    let n = Node { value: 1, next: None };
    println!("{}", n.value);
}
