#[derive(Debug, Clone, Copy)]
struct Task {
    priority: u8,
    id: char,
}

fn main() {
    let mut tasks = [
        Task { priority: 2, id: 'a' },
        Task { priority: 1, id: 'b' },
        Task { priority: 2, id: 'c' },
        Task { priority: 0, id: 'd' },
        Task { priority: 1, id: 'e' },
    ];
    let mut calls = 0;
    tasks.sort_by_key(|t| {
        calls += 1;
        t.priority
    });
    let order: Vec<char> = tasks.iter().map(|t| t.id).collect();
    println!("{:?} in {calls} calls", order);
    tasks.sort_unstable_by_key(|t| t.id);
    println!("{:?}", tasks[0]);
}
