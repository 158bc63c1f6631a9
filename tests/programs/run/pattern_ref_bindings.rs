#[derive(Debug)]
struct Person {
    name: String,
    nick: Option<String>,
    age: u32,
}

fn main() {
    let mut people = vec![
        Person { name: String::from("Ada"), nick: None, age: 36 },
        Person { name: String::from("Grace"), nick: Some(String::from("Amazing")), age: 45 },
    ];
    for p in &people {
        let Person { name, nick, age } = p;
        match nick {
            Some(n) => println!("{name} aka {n}, {age}"),
            None => println!("{name}, {age}"),
        }
    }
    for p in &mut people {
        let Person { age, nick, .. } = p;
        *age += 1;
        if let Some(n) = nick {
            n.push('!');
        }
    }
    let Person { ref name, ref age, .. } = people[1];
    println!("{name} is now {age}");
    println!("{:?}", people);
}
