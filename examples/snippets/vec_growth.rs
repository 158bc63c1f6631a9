fn main() {
    let mut v = vec![10, 20, 30];
    v.push(40); //@ after the push
    let second = &v[1]; //@ a borrow of one element
    println!("{second} {}", v.capacity());
}
