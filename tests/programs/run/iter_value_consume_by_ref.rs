fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let mut it = v.iter();
    let firsts: Vec<_> = it.by_ref().take(2).collect();
    println!("{firsts:?} cap {}", firsts.capacity());
    println!("then {:?}", it.next());
    let two: i32 = (&mut it).take(1).sum();
    println!("{two}");
    let rest: Vec<_> = it.collect();
    println!("{rest:?}");
    let mut r = 0..10;
    let low: Vec<i32> = r.by_ref().take(3).collect();
    println!("{low:?} cap {} next {:?}", low.capacity(), r.next());
    let mut c = "abcdef".chars();
    let head: String = c.by_ref().take(2).collect();
    println!("{head} {} rest {:?}", head.capacity(), c.next());
}
