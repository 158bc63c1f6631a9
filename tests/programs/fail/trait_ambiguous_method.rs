trait Pilot {
    fn fly(&self) -> String;
}

trait Wizard {
    fn fly(&self) -> String;
}

struct Human;

impl Pilot for Human {
    fn fly(&self) -> String {
        String::from("captain")
    }
}

impl Wizard for Human {
    fn fly(&self) -> String {
        String::from("up")
    }
}

fn main() {
    let person = Human;
    println!("{}", Pilot::fly(&person));
    println!("{}", person.fly()); //~ ERROR E0034
}
