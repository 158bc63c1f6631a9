struct User {
    name: String,
    visits: u32,
}

impl User {
    fn name(&self) -> &String {
        &self.name
    }
}

fn main() {
    let mut u = User { name: String::from("Lin"), visits: 0 };
    let n = u.name();
    println!("hello {n}");
    u.visits += 1;
    u.name.push('!');
    println!("{} {}", u.name, u.visits);
}
