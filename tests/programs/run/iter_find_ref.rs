#[derive(Debug)]
struct Item {
    id: u32,
    label: String,
}

fn main() {
    let items = vec![
        Item { id: 1, label: String::from("pen") },
        Item { id: 2, label: String::from("cup") },
        Item { id: 3, label: String::from("map") },
    ];
    let found = items.iter().find(|item| item.id == 2);
    match found {
        Some(item) => println!("found {:?}", item),
        None => println!("none"),
    }
    let missing = items.iter().find(|item| item.label == "car");
    println!("{:?}", missing);
    let first_big = (1..100).find(|x| x * x > 50);
    println!("{:?}", first_big);
    let v = vec![5, 8, 13];
    if let Some(x) = v.iter().find(|&&x| x % 2 == 0) {
        println!("first even {x}");
    }
}
