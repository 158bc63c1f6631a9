use std::cmp::Ordering;

#[derive(Debug)]
struct Task {
    title: String,
    priority: u8,
}

fn main() {
    let mut tasks = vec![
        Task { title: String::from("write"), priority: 2 },
        Task { title: String::from("test"), priority: 1 },
        Task { title: String::from("ship"), priority: 3 },
        Task { title: String::from("rest"), priority: 1 },
    ];
    tasks.sort_by_key(|t| t.priority);
    for task in &tasks {
        println!("{} {}", task.priority, task.title);
    }
    let mut words = vec!["pear", "fig", "banana", "kiwi"];
    words.sort_by_key(|w| w.len());
    println!("{:?}", words);
    let mut keys_read = 0;
    let mut numbers = vec![-3i32, 2, -1];
    numbers.sort_by_key(|n| {
        keys_read += 1;
        n.abs()
    });
    println!("{:?} {}", numbers, keys_read);
    println!("{:?}", 1.cmp(&2) == Ordering::Less);
}
