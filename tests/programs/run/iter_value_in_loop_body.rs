fn main() {
    let rows = vec![vec![1, 2], vec![3], vec![]];
    for row in &rows {
        let mut cells = row.iter();
        match cells.next() {
            Some(first) => println!("first {first}, then {} more", cells.len()),
            None => println!("empty row"),
        }
    }
}
