fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let mut it = v.iter();
    it.next();
    let rest: Vec<&i32> = it.collect();
    println!("{rest:?} len {} cap {}", rest.len(), rest.capacity());
    let it = v.iter();
    let all = it.collect::<Vec<_>>();
    println!("{all:?} cap {}", all.capacity());
}
