// Shifting by the width of the type or more panics.
fn shift(value: u32, amount: u32) -> u32 {
    value << amount
}

fn main() {
    for amount in 28..40 {
        println!("1 << {} = {}", amount, shift(1, amount));
    }
}
