// A private function of a module is not visible outside it.
mod bank {
    pub fn deposit(amount: u32) -> u32 {
        audit(amount)
    }
    fn audit(amount: u32) -> u32 {
        amount
    }
}
fn main() {
    println!("{}", bank::deposit(5));
    println!("{}", bank::audit(5)); //~ ERROR E0603
}
