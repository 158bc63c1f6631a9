fn main() {
    let mut queue = vec![10, 20, 30];
    queue.insert(0, 5);
    println!("{:?} len {} cap {}", queue, queue.len(), queue.capacity());
    queue.insert(4, 40);
    println!("{:?} cap {}", queue, queue.capacity());
    let first = queue.remove(0);
    println!("removed {} -> {:?} cap {}", first, queue, queue.capacity());
    queue.swap(0, 3);
    println!("{:?}", queue);
    queue.reverse();
    println!("{:?}", queue);
    println!("empty? {} contains 20? {} contains 99? {}", queue.is_empty(), queue.contains(&20), queue.contains(&99));
}
