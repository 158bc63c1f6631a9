fn say(n: u8) {
    println!("n = {n}");
}

fn run_all(actions: &[fn(u8)], n: u8) {
    for action in actions {
        action(n);
    }
}

fn main() {
    let actions: [fn(u8); 2] = [say, say];
    run_all(&actions, 3);
}
