struct Counter {
    count: u32,
    limit: u32,
}

impl Counter {
    fn up_to(limit: u32) -> Counter {
        Counter { count: 0, limit }
    }
}

impl Iterator for Counter {
    type Item = u32;

    fn next(&mut self) -> Option<Self::Item> {
        if self.count < self.limit {
            self.count += 1;
            Some(self.count)
        } else {
            None
        }
    }
}

fn main() {
    println!("count {}", Counter::up_to(7).count());
    println!("sum {}", Counter::up_to(7).sum::<u32>());
    println!("product {}", Counter::up_to(5).product::<u32>());
    println!("max {:?}", Counter::up_to(4).max());
    println!("min {:?}", Counter::up_to(4).min());
    println!("last {:?}", Counter::up_to(6).last());
    println!("any {}", Counter::up_to(6).any(|x| x == 4));
    println!("all {}", Counter::up_to(6).all(|x| x < 6));
    println!("find {:?}", Counter::up_to(9).find(|x| x % 4 == 0));
    println!("position {:?}", Counter::up_to(9).position(|x| x == 5));
    println!("fold {}", Counter::up_to(4).fold(100, |acc, x| acc - x));
    println!("empty max {:?}", Counter::up_to(0).max());
    Counter::up_to(3).for_each(|x| println!("each {x}"));
}
