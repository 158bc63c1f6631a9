#[derive(Debug)]
struct Profile {
    name: String,
    email: Option<String>,
    age: Option<u8>,
}

fn main() {
    let people = vec![
        Profile { name: String::from("Ann"), email: Some(String::from("ann@example.com")), age: Some(31) },
        Profile { name: String::from("Bo"), email: None, age: None },
    ];
    for p in &people {
        if let Some(email) = &p.email {
            println!("{} <{}>", p.name, email);
        } else {
            println!("{} has no email", p.name);
        }
        if let Some(age @ 18..=120) = p.age {
            println!("  adult, {age}");
        }
    }
    let mut first = people;
    let taken = first[0].email.take();
    if let Some(addr) = taken {
        println!("took {addr}");
    }
    println!("{:?}", first[0]);
}
