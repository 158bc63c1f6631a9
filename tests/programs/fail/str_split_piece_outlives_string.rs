fn main() {
    let first;
    {
        let line = String::from("a,b");
        first = line.split(',').next(); //~ ERROR E0597
    }
    println!("{:?}", first);
}
