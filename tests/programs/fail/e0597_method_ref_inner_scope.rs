struct User {
    name: String,
}

impl User {
    fn name(&self) -> &String {
        &self.name
    }
}

fn main() {
    let n;
    {
        let u = User { name: String::from("Lin") };
        n = u.name(); //~ ERROR E0597
    }
    println!("{n}");
}
