fn main() {
    let mut v = Vec::with_capacity(10);
    for i in 0..10 {
        v.push(i.to_string());
    }
    let mut it = v.into_iter();
    for _ in 0..7 {
        it.next();
    }
    let rest: Vec<String> = it.collect();
    println!("{:?} len {} cap {}", rest, rest.len(), rest.capacity());

    let mut w = Vec::with_capacity(10);
    for i in 0..10 {
        w.push(i * 3);
    }
    let mut it = w.into_iter();
    it.next();
    it.next();
    let most: Vec<i32> = it.collect();
    println!("{:?} len {} cap {}", most, most.len(), most.capacity());

    let u = vec![String::from("p"), String::from("q")];
    let it = u.into_iter();
    let all: Vec<String> = it.collect();
    println!("{:?} len {} cap {}", all, all.len(), all.capacity());

    let e: Vec<u8> = vec![1, 2, 3, 4, 5, 6, 7, 8, 9];
    let mut it = e.into_iter();
    while it.next().is_some() {}
    let none: Vec<u8> = it.collect();
    println!("{:?} len {} cap {}", none, none.len(), none.capacity());
}
