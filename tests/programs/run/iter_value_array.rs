fn main() {
    let a = [1.5, 2.5, 3.5];
    let mut it = a.iter();
    let x = it.next().unwrap();
    let y = it.next().unwrap();
    println!("{}", x + y);
    println!("{:?} {:?}", it.next(), it.next());
}
