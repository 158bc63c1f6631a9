struct Queue<T> {
    name: &'static str,
    items: Vec<T>,
}

impl<T> Queue<T> {
    fn new(name: &'static str) -> Self {
        Queue { name, items: Vec::new() }
    }
    fn enqueue(&mut self, item: T) -> usize {
        self.items.push(item);
        self.items.len()
    }
    fn dequeue(&mut self) -> T {
        self.items.remove(0)
    }
}

impl<T> Drop for Queue<T> {
    fn drop(&mut self) {
        println!("drop queue {} with {} left", self.name, self.items.len());
    }
}

struct Job(u32);

impl Drop for Job {
    fn drop(&mut self) {
        println!("drop job {}", self.0);
    }
}

fn main() {
    let mut jobs = Queue::new("jobs");
    jobs.enqueue(Job(1));
    jobs.enqueue(Job(2));
    println!("queued {}", jobs.enqueue(Job(3)));
    let first = jobs.dequeue();
    println!("took job {}", first.0);
    let mut numbers: Queue<u64> = Queue::new("numbers");
    numbers.enqueue(10);
    println!("{}", numbers.dequeue() + 1);
    println!("end of main");
}
