trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> String;
    fn legs(&self) -> u32 {
        4
    }
    fn describe(&self) -> String {
        format!("{} says {} on {} legs", self.name(), self.sound(), self.legs())
    }
}

struct Dog {
    age: u8,
}
struct Bird {
    species: String,
}

impl Animal for Dog {
    fn name(&self) -> String {
        format!("Dog aged {}", self.age)
    }
    fn sound(&self) -> String {
        String::from("woof")
    }
}

impl Animal for Bird {
    fn name(&self) -> String {
        self.species.clone()
    }
    fn sound(&self) -> String {
        String::from("tweet")
    }
    fn legs(&self) -> u32 {
        2
    }
}

fn main() {
    let zoo: Vec<Box<dyn Animal>> = vec![
        Box::new(Dog { age: 3 }),
        Box::new(Bird { species: String::from("Robin") }),
        Box::new(Bird { species: String::from("Crow") }),
    ];
    let mut legs = 0;
    for animal in &zoo {
        println!("{}", animal.describe());
        legs += animal.legs();
    }
    println!("{} animals, {} legs", zoo.len(), legs);
    println!("{}", zoo[1].name());
}
