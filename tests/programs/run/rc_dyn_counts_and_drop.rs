use std::rc::Rc;

trait Named {
    fn name(&self) -> String;
}

struct Cat {
    lives: u8,
}

impl Named for Cat {
    fn name(&self) -> String {
        format!("cat with {} lives", self.lives)
    }
}

impl Drop for Cat {
    fn drop(&mut self) {
        println!("drop cat");
    }
}

struct Dog;

impl Named for Dog {
    fn name(&self) -> String {
        String::from("dog")
    }
}

fn main() {
    let shared: Rc<dyn Named> = Rc::new(Cat { lives: 9 });
    let other = Rc::clone(&shared);
    println!("{} {}", shared.name(), Rc::strong_count(&shared));
    println!("{}", std::mem::size_of_val(&shared));
    drop(shared);
    println!("{} {}", other.name(), Rc::strong_count(&other));
    let pets: Vec<Rc<dyn Named>> = vec![Rc::new(Dog), other.clone()];
    for pet in &pets {
        println!("{}", pet.name());
    }
    println!("{}", Rc::strong_count(&other));
}
