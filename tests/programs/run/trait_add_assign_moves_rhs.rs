// `a += b` on a struct calls `add_assign(&mut a, b)`: `b` is moved in
// and dropped at the end of the method.
use std::ops::AddAssign;

#[derive(Debug)]
struct Label(String);

impl Drop for Label {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[derive(Debug)]
struct Title {
    words: Vec<String>,
}

impl AddAssign<Label> for Title {
    fn add_assign(&mut self, label: Label) {
        self.words.push(label.0.clone());
        println!("added {}", label.0);
    }
}

fn main() {
    let mut title = Title { words: Vec::new() };
    title += Label(String::from("memory"));
    let second = Label(String::from("model"));
    title += second;
    println!("{:?}", title);
}
