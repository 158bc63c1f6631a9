fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let a;
    let b;
    {
        let mut it = v.iter();
        a = it.next().unwrap();
        b = it.next().unwrap();
    }
    // The items borrow `v`, not the iterator.
    println!("{a}{b}");
}
