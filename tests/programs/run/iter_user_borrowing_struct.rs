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
    let v = vec![1, 2, 3, 4, 6, 7];
    let evens = Evens { data: &v, at: 0 };
    for e in evens {
        println!("{e}");
    }
    let total: i32 = Evens { data: &v[1..], at: 0 }.map(|x| x * 10).sum();
    println!("{total} of {}", v.len());
}
