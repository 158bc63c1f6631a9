fn find_even(v: &Vec<i32>) -> Option<usize> {
    let mut i = 0;
    while i < v.len() {
        if v[i] % 2 == 0 {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn main() {
    let v = vec![3, 5, 8, 9];
    let w = vec![1, 7];
    let a = find_even(&v);
    let b = find_even(&w);
    println!("{:?} {:?}", a, b);
    println!("{} {} {} {}", a.is_some(), a.is_none(), b.is_some(), b.is_none());
    match a {
        Some(i) => println!("first even at {i}: {}", v[i]),
        None => println!("no even number"),
    }
    println!("{}", b.unwrap_or(99));
    println!("{}", a.unwrap() * 10);
    println!("{}", a.expect("there is one"));
    let none: Option<u8> = None;
    println!("{:?} {}", none, none.unwrap_or_default());
    println!("{}", a == Some(2));
    println!("{}", b != None);
}
