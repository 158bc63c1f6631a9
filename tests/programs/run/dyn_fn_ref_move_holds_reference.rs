// A `move` closure holding a reference carries a region just the same.
fn main() {
    let words = vec!["a", "b"];
    let first = &words[0];
    let show: Box<dyn Fn()> = Box::new(move || println!("{first}"));
    show();
}
