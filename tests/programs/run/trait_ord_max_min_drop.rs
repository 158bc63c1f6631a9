use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Task {
    priority: u8,
}

impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        println!("partial_cmp {} {}", self.priority, other.priority);
        Some(self.cmp(other))
    }
}

impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering {
        println!("cmp {} {}", self.priority, other.priority);
        self.priority.cmp(&other.priority)
    }
}

impl Drop for Task {
    fn drop(&mut self) {
        println!("drop {}", self.priority);
    }
}

fn main() {
    let urgent = Task { priority: 9 }.max(Task { priority: 2 });
    println!("kept {}", urgent.priority);
    let calm = Task { priority: 9 }.min(Task { priority: 2 });
    println!("kept {}", calm.priority);
    let tie = Task { priority: 4 }.max(Task { priority: 4 });
    println!("kept {:?}", tie);
}
