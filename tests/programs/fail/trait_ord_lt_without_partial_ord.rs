#[derive(PartialEq)]
struct Money(u32);

fn main() {
    let a = Money(1);
    let b = Money(2);
    println!("{}", a < b); //~ ERROR E0369
}
