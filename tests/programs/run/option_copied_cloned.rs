fn main() {
    let scores = vec![70, 85, 92];
    let best = scores.last().copied();
    let none = scores.get(10).copied();
    println!("{:?} {:?}", best, none);
    let names = vec![String::from("x"), String::from("yz")];
    let first: Option<String> = names.first().cloned();
    let mut owned = first.unwrap();
    owned.push('!');
    println!("{owned} {:?}", names);
    let maybe: Option<&String> = names.get(1);
    match maybe {
        Some(s) if s.len() > 1 => println!("long {s}"),
        Some(s) => println!("short {s}"),
        None => println!("none"),
    }
    let o: Option<u8> = Some(1);
    let p = o;
    println!("{:?} {:?} {}", o, p, o.is_some());
}
