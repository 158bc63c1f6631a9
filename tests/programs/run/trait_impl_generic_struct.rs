use std::fmt::Display;

trait Summary {
    fn summarize(&self) -> String;
}

struct Boxed<T> {
    value: T,
    label: &'static str,
}

impl<T: Display> Summary for Boxed<T> {
    fn summarize(&self) -> String {
        format!("{} = {}", self.label, self.value)
    }
}

struct List<T> {
    items: Vec<T>,
}

impl<T: Display> Summary for List<T> {
    fn summarize(&self) -> String {
        let mut out = String::new();
        for item in &self.items {
            if !out.is_empty() {
                out.push_str(", ");
            }
            out.push_str(&item.to_string());
        }
        out
    }
}

fn print_summary(item: &impl Summary) {
    println!("summary: {}", item.summarize());
}

fn main() {
    let a = Boxed { value: 3, label: "three" };
    let b = Boxed { value: "x", label: "letter" };
    let l = List { items: vec![1.5, 2.25] };
    let names = List { items: vec![String::from("a"), String::from("b")] };
    print_summary(&a);
    print_summary(&b);
    print_summary(&l);
    print_summary(&names);
    println!("{}", names.items.len());
}
