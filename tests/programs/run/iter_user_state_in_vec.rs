struct Stack {
    items: Vec<i32>,
}

impl Iterator for Stack {
    type Item = i32;

    fn next(&mut self) -> Option<Self::Item> {
        let top = self.items.pop()?;
        if top > 0 {
            self.items.push(top - 1);
            self.items.push(top - 2);
        }
        Some(top)
    }
}

fn main() {
    let mut stack = Stack { items: vec![3] };
    let seen: Vec<i32> = (&mut stack).collect();
    println!("{seen:?}");
    println!("left: {:?}", stack.items);
    let negatives = Stack { items: vec![4] }.filter(|x| *x < 0).count();
    println!("{negatives}");
}
