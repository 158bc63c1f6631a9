#[derive(Debug)]
enum Animal {
    Dog { name: String, age: u8 },
    Cat(String),
    Fish,
}
impl Animal {
    fn name(&self) -> &str {
        match self {
            Animal::Dog { name, .. } => name,
            Animal::Cat(name) => name.as_str(),
            Animal::Fish => "fish",
        }
    }
    fn birthday(&mut self) {
        if let Animal::Dog { age, .. } = self {
            *age += 1;
        }
    }
}
fn main() {
    let mut v = vec![Some(1), None, Some(3)];
    for slot in &mut v {
        if let Some(x) = slot {
            *x *= 10;
        } else {
            *slot = Some(0);
        }
    }
    println!("{:?}", v);
    let mut zoo = vec![
        Animal::Dog {
            name: String::from("Rex"),
            age: 3,
        },
        Animal::Cat(String::from("Tom")),
        Animal::Fish,
    ];
    for a in &mut zoo {
        a.birthday();
    }
    for a in &zoo {
        println!("{} {:?}", a.name(), a);
    }
    let first = zoo.pop();
    println!("{:?}", first);
}
