struct City {
    name: &'static str,
    people: u32,
}

fn main() {
    let words = vec!["apple", "fig", "banana", "kiwi", "cherry"];
    let longest = words.iter().max_by_key(|w| w.len());
    let shortest = words.iter().min_by_key(|w| w.len());
    println!("{:?} {:?}", longest, shortest);
    let cities = [
        City { name: "Lyon", people: 520 },
        City { name: "Nice", people: 340 },
        City { name: "Metz", people: 520 },
    ];
    if let Some(c) = cities.iter().max_by_key(|c| c.people) {
        println!("biggest: {}", c.name);
    }
    if let Some(c) = cities.iter().min_by_key(|c| c.people) {
        println!("smallest: {}", c.name);
    }
    let first_big = cities.iter().min_by_key(|c| c.people / 100 * 0 + c.name.len() as u32);
    if let Some(c) = first_big {
        println!("{}", c.name);
    }
    let closest = (1..=10).min_by_key(|x| (x * x - 30i32).abs());
    println!("{:?}", closest);
    let empty: Vec<i32> = Vec::new();
    println!("{:?}", empty.iter().max_by_key(|x| **x));
    let calls = words.iter().enumerate().max_by_key(|(i, w)| {
        println!("key of {i}");
        w.len() % 3
    });
    println!("{:?}", calls);
}
