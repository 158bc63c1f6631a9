// A hand-written `Option`: generic enum with methods and a `Drop` payload.
enum MyOption<T> {
    Nothing,
    Just(T),
}
impl<T> MyOption<T> {
    fn is_just(&self) -> bool {
        match self {
            MyOption::Just(_) => true,
            MyOption::Nothing => false,
        }
    }
    fn unwrap_or(self, default: T) -> T {
        match self {
            MyOption::Just(v) => v,
            MyOption::Nothing => default,
        }
    }
}
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let a: MyOption<i32> = MyOption::Just(3);
    let b: MyOption<i32> = MyOption::Nothing;
    println!("{} {}", a.is_just(), b.is_just());
    println!("{} {}", a.unwrap_or(0), b.unwrap_or(7));
    let n = MyOption::Just(Noisy("payload"));
    let m: MyOption<Noisy> = MyOption::Nothing;
    println!("{} {}", n.is_just(), m.is_just());
    let kept = n.unwrap_or(Noisy("default"));
    println!("kept {}", kept.0);
}
