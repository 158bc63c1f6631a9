trait Zero {
    type Value;
    fn zero() -> Self::Value;
    fn describe() -> String {
        String::from("has a zero")
    }
}

struct Ints;
struct Texts;

impl Zero for Ints {
    type Value = i32;
    fn zero() -> i32 {
        0
    }
}

impl Zero for Texts {
    type Value = String;
    fn zero() -> String {
        String::new()
    }
    fn describe() -> String {
        String::from("empty text")
    }
}

fn main() {
    println!("{} {}", Ints::zero(), Ints::describe());
    println!("{:?} {}", Texts::zero(), Texts::describe());
}
