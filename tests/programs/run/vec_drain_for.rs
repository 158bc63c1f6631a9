// `for x in v.drain(..)` empties the vector, one owned element at a time.
fn main() {
    let mut queue = vec![String::from("first"), String::from("second"), String::from("third")];
    for job in queue.drain(..) {
        println!("running {}", job);
    }
    println!("{:?} {}", queue, queue.capacity());
    queue.push(String::from("again"));
    for job in queue.drain(..).rev() {
        println!("back {}", job);
    }
    let mut numbers = vec![1, 2, 3, 4, 5, 6];
    for (i, n) in numbers.drain(2..).enumerate() {
        println!("{} {}", i, n);
    }
    println!("{:?}", numbers);
}
