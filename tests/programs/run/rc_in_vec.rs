use std::rc::Rc;

fn main() {
    let shared = Rc::new(vec![1, 2, 3]);
    let mut holders = Vec::new();
    for _ in 0..3 {
        holders.push(Rc::clone(&shared));
    }
    println!("holders: {}, count: {}", holders.len(), Rc::strong_count(&shared));
    let mut total = 0;
    for h in &holders {
        total += h[0] + h[2];
    }
    println!("total: {}", total);
    println!("{:?}", holders[1]);
    drop(holders);
    println!("count after dropping the Vec: {}", Rc::strong_count(&shared));
}
