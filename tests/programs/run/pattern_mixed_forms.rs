fn classify(v: &Vec<i32>) -> &'static str {
    match v.len() {
        0 => "empty",
        1 => "one",
        n if n % 2 == 0 => "even",
        _ => "odd",
    }
}
fn main() {
    let a: Vec<i32> = Vec::new();
    println!(
        "{} {} {} {}",
        classify(&a),
        classify(&vec![1]),
        classify(&vec![1, 2]),
        classify(&vec![1, 2, 3])
    );
    let t = (String::from("a"), 5);
    let (ref name, n) = t;
    println!("{name} {n} {:?}", t);
    let nested = Some((1, Some("x")));
    if let Some((1, Some(s))) = nested {
        println!("{s}");
    }
    match nested {
        Some((a, None)) => println!("{a}"),
        Some((a, Some(b))) => println!("{a} {b}"),
        None => {}
    }
    let boxed: Box<Option<i32>> = Box::new(Some(4));
    match *boxed {
        Some(x) => println!("{x}"),
        None => {}
    }
    if let Some(x) = *boxed {
        println!("again {x}");
    }
    let r = &Some(5);
    if let &Some(x) = r {
        println!("amp {x}");
    }
    if let Some(&y) = Some(&6) {
        println!("inner amp {y}");
    }
}
