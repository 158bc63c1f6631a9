use std::fmt::Display;

trait Animal {
    fn sound(&self) -> String;
}

struct Dog;

impl Animal for Dog {
    fn sound(&self) -> String {
        String::from("woof")
    }
}

fn pet() -> impl Animal {
    Dog
}

fn twice<A: Animal>(animal: &A) -> String {
    format!("{} {}", animal.sound(), animal.sound())
}

fn shout(thing: impl Display) -> String {
    format!("{}!", thing)
}

fn count() -> impl Display + Copy {
    3
}

fn main() {
    let dog = pet();
    println!("{}", twice(&dog));
    let n = count();
    let copy = n;
    println!("{} {}", shout(n), shout(copy));
    println!("{}", count().to_string());
}
