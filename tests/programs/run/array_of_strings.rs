fn main() {
    let names = [String::from("ann"), String::from("bob")];
    for n in &names {
        println!("{} has {} bytes", n, n.len());
    }
    let total: usize = names[0].len() + names[1].len();
    println!("{}", total);
    println!("{:?}", names);
    println!("{:#?}", [1, 2]);
}
