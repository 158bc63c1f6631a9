// The boxed closure outlives the local it borrows.
fn main() {
    let mut shows: Vec<Box<dyn Fn() -> usize>> = Vec::new();
    {
        let words = vec!["a", "b"];
        shows.push(Box::new(|| words.len())); //~ ERROR E0597
    }
    for show in &shows {
        println!("{}", show());
    }
}
