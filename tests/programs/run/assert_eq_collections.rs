#[derive(Debug, PartialEq, Clone)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let name = String::from("ferris");
    assert_eq!(name, "ferris");
    assert_eq!("ferris", name);
    assert_eq!(name.as_str(), "ferris");
    assert_ne!(name, "crab");
    let v = vec![1, 2, 3];
    assert_eq!(v, vec![1, 2, 3]);
    assert_ne!(v, vec![3, 2, 1]);
    let words = vec![String::from("a"), String::from("b")];
    assert_eq!(words, vec![String::from("a"), String::from("b")]);
    let found = v.get(1);
    assert_eq!(found, Some(&2));
    assert_eq!(v.get(7), None);
    let p = Point { x: 1, y: 2 };
    assert_eq!(p, Point { x: 1, y: 2 });
    assert_ne!(p.clone(), Point { x: 2, y: 1 });
    assert_eq!((1, 'a'), (1, 'a'));
    let parsed: Result<i32, std::num::ParseIntError> = "5".parse();
    assert_eq!(parsed, Ok(5));
    println!("all equal, {} still usable", name);
}
