struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Stack<T> {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, item: T) {
        self.items.push(item);
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn top(&self) -> &T {
        &self.items[self.items.len() - 1]
    }

    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut numbers = Stack::new();
    numbers.push(1);
    numbers.push(2);
    numbers.push(3);
    println!("{} {} {}", numbers.len(), numbers.top(), numbers.is_empty());
    let mut words: Stack<String> = Stack::new();
    println!("{}", words.is_empty());
    words.push(String::from("hello"));
    words.push(String::from("world"));
    println!("{} {}", words.top(), words.items.capacity());
    let mut noisy = Stack::new();
    noisy.push(Noisy("a"));
    noisy.push(Noisy("b"));
    println!("top is {}", noisy.top().0);
    println!("end of main");
}
