use std::fmt;

trait Named {
    fn name(&self) -> String;
}

trait Pet: Named {
    fn owner(&self) -> String;
    fn tag(&self) -> String {
        format!("{} (owner: {})", self.name(), self.owner())
    }
}

struct Cat {
    owner: String,
}

impl Named for Cat {
    fn name(&self) -> String {
        String::from("Cat")
    }
}

impl Pet for Cat {
    fn owner(&self) -> String {
        self.owner.clone()
    }
}

trait Shape: fmt::Display {
    fn area(&self) -> f64;
}

struct Sq(f64);

impl fmt::Display for Sq {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "square {}", self.0)
    }
}

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    let pet: Box<dyn Pet> = Box::new(Cat { owner: String::from("Ann") });
    println!("{}", pet.tag());
    println!("{} {}", pet.name(), pet.owner());
    let shape: &dyn Shape = &Sq(1.5);
    println!("{} has area {}", shape, shape.area());
}
