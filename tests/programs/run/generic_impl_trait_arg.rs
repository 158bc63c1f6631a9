use std::fmt::Display;

fn show(item: impl Display) {
    println!("[{}]", item);
}

fn show_all(items: &[impl Display]) {
    for item in items {
        print!("{} ", item);
    }
    println!();
}

fn longer(a: &impl Display, b: &impl Display) -> String {
    let (x, y) = (a.to_string(), b.to_string());
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    show(1);
    show("two");
    show(3.5);
    show(String::from("four"));
    show_all(&[1, 2, 3]);
    show_all(&vec!["a", "b"]);
    println!("{}", longer(&12345, &"abc"));
    println!("{}", longer(&'x', &true));
}
