struct Noisy(i32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let w = vec![Noisy(1), Noisy(2), Noisy(3), Noisy(4)];
    let third = w.into_iter().nth(2);
    println!("got {:?}", third.as_ref().map(|n| n.0));
    let names = vec![String::from("ann"), String::from("bob")];
    let first = names.into_iter().next();
    println!("{:?}", first);
    let none = vec![Noisy(9)].into_iter().nth(1);
    println!("none {}", none.is_none());
}
