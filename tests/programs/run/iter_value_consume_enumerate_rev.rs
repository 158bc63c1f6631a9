fn main() {
    let v = vec!['a', 'b', 'c', 'd'];
    let mut it = v.iter();
    it.next();
    for (i, c) in it.enumerate() {
        println!("{i}: {c}");
    }
    let mut it = v.iter();
    it.next();
    for c in it.rev() {
        println!("back {c}");
    }
    let mut it = v.iter();
    it.next();
    for (i, c) in it.enumerate().rev() {
        println!("numbered from the back {i}: {c}");
    }
    let mut r = 0..6;
    r.next();
    let backwards: Vec<i32> = r.rev().collect();
    println!("{backwards:?}");
}
