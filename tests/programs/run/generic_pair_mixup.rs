#[derive(Debug)]
struct Pair<T, U> {
    first: T,
    second: U,
}

impl<T, U> Pair<T, U> {
    fn new(first: T, second: U) -> Self {
        Pair { first, second }
    }

    fn mixup<V, W>(self, other: Pair<V, W>) -> Pair<T, W> {
        Pair {
            first: self.first,
            second: other.second,
        }
    }

    fn swap(self) -> Pair<U, T> {
        Pair::new(self.second, self.first)
    }
}

fn main() {
    let p1 = Pair::new(5, 10.4);
    let p2 = Pair::new("Hello", 'c');
    let p3 = p1.mixup(p2);
    println!("p3.first = {}, p3.second = {}", p3.first, p3.second);
    println!("{:?}", p3);
    let p4 = Pair::new(String::from("name"), 42u8);
    let p5 = p4.swap();
    println!("{:?} {} {}", p5, p5.first, p5.second);
    let nested = Pair::new(Pair::new(1, 2), Pair::new('a', "b"));
    println!("{:?}", nested);
    println!("{:#?}", nested.second);
}
