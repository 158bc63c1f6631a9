trait Pilot {
    fn fly(&self) -> String;
}

trait Wizard {
    fn fly(&self) -> String;
    fn title(&self) -> &str {
        "wizard"
    }
}

struct Human {
    name: &'static str,
}

impl Pilot for Human {
    fn fly(&self) -> String {
        format!("This is your captain {} speaking.", self.name)
    }
}

impl Wizard for Human {
    fn fly(&self) -> String {
        String::from("Up!")
    }
}

impl Human {
    fn fly(&self) -> String {
        String::from("*waving arms furiously*")
    }
    fn title(&self) -> &str {
        "human"
    }
}

fn main() {
    let person = Human { name: "Amelia" };
    println!("{}", person.fly());
    println!("{}", Pilot::fly(&person));
    println!("{}", Wizard::fly(&person));
    println!("{}", Human::fly(&person));
    println!("{}", <Human as Wizard>::fly(&person));
    println!("{} {}", person.title(), Wizard::title(&person));
}
