trait Speak {
    fn speak(&self) -> String;
}

struct Dog;
struct Rock;

impl Speak for Dog {
    fn speak(&self) -> String {
        String::from("woof")
    }
}

fn main() {
    let mut speakers: Vec<Box<dyn Speak>> = Vec::new();
    speakers.push(Box::new(Dog));
    speakers.push(Box::new(Rock)); //~ ERROR E0277
    println!("{}", speakers.len());
}
