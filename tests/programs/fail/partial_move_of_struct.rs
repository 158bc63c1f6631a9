#[derive(Debug)]
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Ada"), age: 36 };
    let name = p.name;
    println!("{} {}", name, p.age);
    println!("{:?}", p); //~ ERROR E0382
}
