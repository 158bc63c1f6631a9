fn main() {
    let v = vec![String::from("a")];
    let mut it = v.into_iter();
    println!("{:?}", it.next());
    println!("{}", v.len()); //~ ERROR E0382
}
