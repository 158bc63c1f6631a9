#[derive(Debug)]
enum T {
    Leaf(i32),
    Node(Box<T>, Box<T>),
}
fn depth(t: &T) -> u32 {
    match t {
        T::Leaf(_) => 1,
        T::Node(l, r) => {
            let a = depth(l);
            let b = depth(r);
            1 + if a > b { a } else { b }
        }
    }
}
fn total(t: T) -> i32 {
    match t {
        T::Leaf(v) => v,
        T::Node(l, r) => total(*l) + total(*r),
    }
}
fn main() {
    let t = T::Node(
        Box::new(T::Leaf(1)),
        Box::new(T::Node(Box::new(T::Leaf(2)), Box::new(T::Leaf(3)))),
    );
    println!("{} {:?}", depth(&t), t);
    println!("{}", total(t));
}
