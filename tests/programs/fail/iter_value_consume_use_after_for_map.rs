fn main() {
    let v = vec![1, 2, 3];
    let mut it = v.iter();
    for x in it.map(|x| x + 1) {
        println!("{x}");
    }
    println!("{:?}", it.next()); //~ ERROR E0382
}
