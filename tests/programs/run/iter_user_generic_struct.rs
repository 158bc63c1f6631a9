struct Repeat<T> {
    value: T,
    times: usize,
}

impl<T: Clone> Iterator for Repeat<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if self.times == 0 {
            None
        } else {
            self.times -= 1;
            Some(self.value.clone())
        }
    }
}

fn main() {
    let mut r = Repeat { value: String::from("hey"), times: 2 };
    println!("{:?}", r.next());
    println!("{:?}", r.next());
    println!("{:?}", r.next());
    let mut n = Repeat { value: 7u8, times: 3 };
    while let Some(x) = n.next() {
        print!("{x} ");
    }
    println!();
}
