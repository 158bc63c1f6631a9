use std::fmt::{self, Display};

fn reset<T: Default>(value: &mut T) {
    *value = T::default();
}

fn replace_with<T: Clone>(slot: &mut T, with: &T) -> T {
    let old = slot.clone();
    *slot = with.clone();
    old
}

struct Labeled<T> {
    label: String,
    value: T,
}

impl<T> Labeled<T>
where
    T: Display + PartialOrd,
{
    fn bigger_than(&self, other: &T) -> bool {
        self.value > *other
    }
}

impl<T: Display> Display for Labeled<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}={}", self.label, self.value)
    }
}

struct Noisy(u8);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop noisy {}", self.0);
    }
}

impl Default for Noisy {
    fn default() -> Self {
        Noisy(0)
    }
}

fn main() {
    let mut n = 42;
    reset(&mut n);
    let mut s = String::from("text");
    reset(&mut s);
    println!("{} {:?} {}", n, s, s.capacity());
    let mut noisy = Noisy(9);
    reset(&mut noisy);
    println!("now {}", noisy.0);
    let mut word = String::from("old");
    let previous = replace_with(&mut word, &String::from("new"));
    println!("{} {}", previous, word);
    let l = Labeled { label: String::from("x"), value: 2.5 };
    println!("{} {} {}", l, l.bigger_than(&1.0), l.bigger_than(&3.0));
    println!("[{:>12}] [{:<6}]", l, Box::new(7) as Box<dyn Display>);
}
