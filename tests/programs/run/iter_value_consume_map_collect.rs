fn main() {
    let v = vec![1, 2, 3, 4];
    let mut it = v.iter();
    it.next();
    let doubled: Vec<i32> = it.map(|x| x * 2).collect();
    println!("{doubled:?} cap {}", doubled.capacity());
    let it = v.iter();
    let evens = it.filter(|x| *x % 2 == 0).count();
    println!("evens {evens}");
    let it = v.iter();
    let kept: Vec<_> = it.filter(|x| **x > 1).collect();
    println!("{kept:?} cap {}", kept.capacity());
}
