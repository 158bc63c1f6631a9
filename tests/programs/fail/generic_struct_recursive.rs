struct Node<T> { //~ ERROR E0072
    value: T,
    next: Option<Node<T>>,
}

fn main() {
    let n = Node { value: 1, next: None };
    println!("{}", n.value);
}
