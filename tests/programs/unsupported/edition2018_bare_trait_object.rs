//@ edition: 2018
// Before edition 2021 a trait used as a type is a trait object; the model
// declines it rather than reject it as edition 2021 does (E0782).
trait Speak {
    fn speak(&self) -> String;
}
struct Dog;
impl Speak for Dog {
    fn speak(&self) -> String {
        String::from("woof")
    }
}
fn main() {
    let pet: Box<Speak> = Box::new(Dog); //~ UNSUPPORTED
    println!("{}", pet.speak());
}
