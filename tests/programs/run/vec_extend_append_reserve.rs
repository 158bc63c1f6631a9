fn main() {
    let mut a = vec![1, 2, 3];
    a.extend(vec![4, 5]);
    println!("{:?} cap {}", a, a.capacity());
    let mut b = vec![6];
    a.append(&mut b);
    println!("{:?} cap {} / {:?} cap {}", a, a.capacity(), b, b.capacity());
    let mut c: Vec<u64> = Vec::new();
    c.reserve(10);
    println!("reserved {}", c.capacity());
    c.push(1);
    c.reserve(3);
    println!("still {}", c.capacity());
    c.reserve(20);
    println!("grown to {}", c.capacity());
    let mut names = vec![String::from("x")];
    names.extend(vec![String::from("y"), String::from("z")]);
    println!("{:?} {}", names, names.capacity());
}
