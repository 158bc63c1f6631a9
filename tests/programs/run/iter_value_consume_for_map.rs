fn main() {
    let v = vec![1, 2, 3];
    let mut it = v.iter();
    it.next();
    for x in it.map(|x| x * 10) {
        println!("{x}");
    }
    let mut it = v.iter();
    for x in it.by_ref().take(1) {
        println!("first {x}");
    }
    for x in &mut it {
        println!("rest {x}");
    }
    println!("after {:?}", it.next());
}
