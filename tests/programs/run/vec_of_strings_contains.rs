fn main() {
    let guests = vec![String::from("ana"), String::from("bo")];
    let name = String::from("bo");
    println!("{}", guests.contains(&name));
    println!("{}", guests.contains(&String::from("cy")));
    let mut shelf = vec![vec![1, 2], vec![1], vec![0, 9, 9]];
    shelf.sort();
    println!("{:?}", shelf);
    println!("{}", shelf.contains(&vec![1]));
}
