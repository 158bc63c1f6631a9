fn main() {
    let v = vec![1, 2, 3];
    let none = v.iter().map(|x| { println!("map {x}"); x }).take(0).count();
    println!("took {none}");
    let past = v.iter().map(|x| { println!("skip map {x}"); x }).skip(5).count();
    println!("left {past}");
    let empty: Vec<i32> = Vec::new();
    let joined: Vec<i32> = empty
        .iter()
        .map(|x| { println!("first {x}"); *x })
        .chain(v.iter().map(|x| { println!("second {x}"); *x }))
        .collect();
    println!("{:?} {}", joined, joined.capacity());
    let hit = v.iter().chain(v.iter()).any(|x| { println!("any {x}"); *x == 2 });
    println!("{hit}");
    let firsts: Vec<i32> = v.iter().map(|x| { println!("take map {x}"); x * 2 }).take(2).collect();
    println!("{:?} {}", firsts, firsts.capacity());
}
