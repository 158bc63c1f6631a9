struct Person {
    name: String,
    age: u32,
}

fn main() {
    let mut p = Person { name: String::from("Bo"), age: 30 };
    let r = &mut p;
    let next = p.age + 1; //~ ERROR E0503
    r.name.push('!');
    println!("{} {next}", p.name);
}
