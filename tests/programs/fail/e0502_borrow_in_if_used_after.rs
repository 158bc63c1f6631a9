fn main() {
    let mut list = vec![5, 6];
    let mut chosen = &0;
    if list.len() > 1 {
        chosen = &list[1];
    }
    list.push(7); //~ ERROR E0502
    println!("{chosen}");
}
