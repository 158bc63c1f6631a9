fn main() {
    let a = vec![1, 2];
    let b = vec![3, 4, 5];
    let mut first = a.iter();
    first.next();
    let second = b.iter();
    let all: Vec<&i32> = first.chain(second).collect();
    println!("{all:?} cap {}", all.capacity());
}
