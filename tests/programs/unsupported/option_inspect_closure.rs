fn main() {
    let v = Some(2).inspect(|n| println!("saw {}", n)); //~ UNSUPPORTED
    println!("{:?}", v);
}
