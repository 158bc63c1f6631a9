#[derive(Debug)]
enum Task {
    Print(String),
    Add(i32, i32),
    Split(u32),
}

fn main() {
    let mut queue = vec![Task::Split(3), Task::Print(String::from("start")), Task::Add(2, 3)];
    let mut handled = 0;
    while let Some(task) = queue.pop() {
        handled += 1;
        match task {
            Task::Print(text) => println!("print: {text}"),
            Task::Add(a, b) => println!("add: {}", a + b),
            Task::Split(0) => println!("split: done"),
            Task::Split(n) => {
                println!("split: {n} -> {}", n - 1);
                queue.push(Task::Split(n - 1));
            }
        }
        if handled > 10 {
            break;
        }
    }
    println!("handled {handled}, left {:?}", queue);
}
