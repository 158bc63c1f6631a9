trait Container<T> { //~ UNSUPPORTED
    fn get(&self, index: usize) -> &T;
}

struct Numbers {
    items: Vec<i32>,
}

impl Container<i32> for Numbers {
    fn get(&self, index: usize) -> &i32 {
        &self.items[index]
    }
}

fn main() {
    let n = Numbers { items: vec![1, 2, 3] };
    println!("{}", n.get(1));
}
