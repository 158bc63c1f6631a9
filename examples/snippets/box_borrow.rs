fn main() {
    let b = Box::new(5);
    let r = &b; //@ a borrow of the box
    let mut total = **r;
    let m = &mut total; //@ a mutable borrow
    *m += 1;
    println!("{total}");
}
