struct Counter {
    n: i32,
}

impl Counter {
    fn apply<F: Fn(i32) -> i32>(&self, f: F) -> i32 {
        f(self.n)
    }
}

fn main() {
    let c = Counter { n: 4 };
    let k = 2;
    println!("{}", c.apply(|x| x * k));
    let words = String::from("abc");
    println!("{}", c.apply(|x| x + words.len() as i32));
}
