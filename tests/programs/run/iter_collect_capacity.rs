fn main() {
    let v: Vec<i32> = (0..10).collect();
    println!("{} {}", v.len(), v.capacity());
    let evens: Vec<i32> = (0..10).filter(|x| x % 2 == 0).collect();
    println!("{:?} {} {}", evens, evens.len(), evens.capacity());
    let doubled = v.iter().map(|x| x * 2).collect::<Vec<_>>();
    println!("{} {}", doubled.len(), doubled.capacity());
    let few: Vec<i32> = v.iter().copied().filter(|x| *x > 6).collect();
    println!("{:?} {}", few, few.capacity());
    let none: Vec<i32> = v.iter().copied().filter(|x| *x > 60).collect();
    println!("{:?} {}", none, none.capacity());
    let taken: Vec<i32> = (0..100).take(5).collect();
    println!("{:?} {}", taken, taken.capacity());
}
