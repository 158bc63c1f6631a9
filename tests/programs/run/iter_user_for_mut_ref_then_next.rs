struct Counter {
    count: u32,
}

impl Iterator for Counter {
    type Item = u32;

    fn next(&mut self) -> Option<Self::Item> {
        if self.count < 10 {
            self.count += 1;
            Some(self.count)
        } else {
            None
        }
    }
}

fn main() {
    let mut counter = Counter { count: 0 };
    for x in &mut counter {
        println!("first loop: {x}");
        if x == 3 {
            break;
        }
    }
    println!("next: {:?}", counter.next());
    let rest: u32 = (&mut counter).take(2).sum();
    println!("two more sum to {rest}");
    let r = &mut counter;
    for x in r {
        println!("second loop: {x}");
    }
    println!("finally: {:?} at {}", counter.next(), counter.count);
}
