// A value moved into a module's function cannot be used afterwards.
mod sink {
    pub fn take(s: String) -> usize {
        s.len()
    }
}
fn main() {
    let s = String::from("gone");
    sink::take(s);
    println!("{}", s); //~ ERROR E0382
}
