struct Guard<'a> {
    label: &'a String,
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        println!("releasing {}", self.label);
    }
}

fn main() {
    let guard;
    let label = String::from("lock");
    guard = Guard { label: &label }; //~ ERROR E0597
    println!("holding {}", guard.label);
}
