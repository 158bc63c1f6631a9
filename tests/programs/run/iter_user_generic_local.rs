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
    let r = Repeat { value: String::from("hey"), times: 2 };
    for s in r {
        println!("{s}");
    }
    let rr = Repeat { value: 3usize, times: 4 }; let total: usize = rr.sum();
    println!("{total}");
    let mut m = Repeat { value: 'c', times: 3 };
    let n = (&mut m).count();
    println!("{n} {:?}", m.next());
}
