trait Container {
    type Item;
    fn first(&self) -> Self::Item;
    fn size(&self) -> usize;
}

struct Pair<T> {
    a: T,
    b: T,
}

impl<T: Copy> Container for Pair<T> {
    type Item = T;

    fn first(&self) -> T {
        self.a
    }

    fn size(&self) -> usize {
        2
    }
}

fn main() {
    let p = Pair { a: 1.5, b: 2.5 };
    println!("{} of {} ({})", p.first(), p.size(), p.b);
    let q = Pair { a: 'x', b: 'y' };
    println!("{} {}", q.first(), q.b);
}
