struct Box2(i32);

impl Drop for Box2 {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let items = vec![Box2(1), Box2(2), Box2(3), Box2(4)];
    for b in items.into_iter().filter(|b| b.0 % 2 == 0) {
        println!("kept {}", b.0);
    }
    println!("---");
    let more = vec![Box2(10), Box2(20), Box2(30)];
    for b in more.into_iter().take(1) {
        println!("took {}", b.0);
    }
    println!("end");
}
