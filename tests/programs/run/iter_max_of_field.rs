struct Person {
    name: &'static str,
    age: u8,
}

fn main() {
    let people = vec![
        Person { name: "Ada", age: 36 },
        Person { name: "Alan", age: 41 },
        Person { name: "Grace", age: 41 },
    ];
    let oldest = people.iter().map(|p| p.age).max();
    println!("oldest age {:?}", oldest);
    let youngest = people.iter().map(|p| p.age).min().unwrap();
    println!("youngest age {youngest}");
    if let Some(p) = people.iter().find(|p| Some(p.age) == oldest) {
        println!("{} is the oldest", p.name);
    }
    let idx = people.iter().position(|p| p.name.len() == 5);
    println!("{:?}", idx);
}
