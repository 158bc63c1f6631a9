fn first<T: Copy>(items: &[T]) -> T {
    items[0]
}

fn pick<'a, T>(a: &'a T, b: &'a T, left: bool) -> &'a T {
    if left { a } else { b }
}

struct Pair<T> {
    left: T,
    right: T,
}

impl<T: Copy> Pair<T> {
    fn swap(&self) -> Pair<T> {
        Pair { left: self.right, right: self.left }
    }
}

fn main() {
    let words = vec!["alpha", "beta", "gamma"];
    let w = first(&words);
    println!("{}", w);
    let owned = String::from("kept");
    let p = Pair { left: owned.as_str(), right: "literal" };
    let q = p.swap();
    println!("{} {}", q.left, q.right);
    let x = 5;
    let y = 9;
    let chosen = pick(&x, &y, false);
    println!("{}", chosen);
    let names = [String::from("ann"), String::from("bob")];
    let r = pick(&names[0], &names[1], true);
    println!("{}", r);
}
