struct Evens<'a> {
    data: &'a [i32],
    at: usize,
}

impl<'a> Iterator for Evens<'a> {
    type Item = i32;

    fn next(&mut self) -> Option<i32> {
        while self.at < self.data.len() {
            let value = self.data[self.at];
            self.at += 1;
            if value % 2 == 0 {
                return Some(value);
            }
        }
        None
    }
}

fn main() {
    let mut v = vec![1, 2, 3, 4];
    let mut evens = Evens { data: &v, at: 0 };
    println!("{:?}", evens.next());
    v.push(6); //~ ERROR E0502
    for e in evens {
        println!("{e}");
    }
}
