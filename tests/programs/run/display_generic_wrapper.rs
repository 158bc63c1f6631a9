use std::fmt;

struct Labeled<T> {
    label: &'static str,
    value: T,
}

impl<T: fmt::Display> fmt::Display for Labeled<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {}", self.label, self.value)
    }
}

impl<T: fmt::Debug> fmt::Debug for Labeled<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Labeled<{}>({:?})", self.label, self.value)
    }
}

fn print_it<T: fmt::Display>(item: T) {
    println!("> {}", item);
}

fn main() {
    let a = Labeled { label: "count", value: 3 };
    let b = Labeled { label: "name", value: String::from("Ferris") };
    let c = Labeled { label: "nested", value: Labeled { label: "inner", value: 2.5 } };
    println!("{} | {} | {}", a, b, c);
    println!("{:?} {:?}", a, b);
    println!("{:?}", vec![a]);
    print_it(c);
    print_it(Labeled { label: "char", value: 'x' });
}
