// `if let` and `while let` on a generic enum; a method moving the payload.
enum Step<T> {
    More(T),
    Done,
}
impl<T> Step<T> {
    fn take(self) -> Option<T> {
        match self {
            Step::More(v) => Some(v),
            Step::Done => None,
        }
    }
}
fn countdown(n: u32) -> Step<u32> {
    if n == 0 { Step::Done } else { Step::More(n - 1) }
}
fn main() {
    let mut state = countdown(3);
    while let Step::More(n) = state {
        println!("{n}");
        state = countdown(n);
    }
    if let Step::Done = state {
        println!("done");
    }
    let word = Step::More(String::from("hello"));
    println!("{:?}", word.take());
}
