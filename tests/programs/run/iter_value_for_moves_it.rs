fn main() {
    let v = vec![1, 2, 3, 4];
    let mut it = v.iter();
    let first = it.next().unwrap();
    println!("first {first}");
    for x in it {
        println!("rest {x}");
    }
    println!("{:?}", v);
}
