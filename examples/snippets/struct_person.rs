struct Person {
    name: String,
    age: u32,
}

fn main() {
    let ada = Person { name: String::from("Ada"), age: 36 };
    let name = ada.name; //@ a partial move
    println!("{name} {}", ada.age);
}
