//@ edition: 2015
// Edition 2015: `use` paths inside a module start at the crate root.
mod units {
    pub fn meters(x: u32) -> u32 {
        x
    }
}
mod report {
    use units::meters;
    pub fn show() {
        println!("{} m", meters(3));
    }
}
fn main() {
    report::show();
}
