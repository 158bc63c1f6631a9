fn lookup(table: &Vec<Option<u32>>, i: usize) -> Option<Option<u32>> {
    table.get(i).copied()
}

fn main() {
    let table = vec![Some(10), None, Some(30)];
    for i in 0..4 {
        let found = lookup(&table, i);
        let text = match found {
            Some(Some(v)) if v > 20 => "big value",
            Some(Some(_)) => "value",
            Some(None) => "empty slot",
            None => "out of range",
        };
        println!("{i}: {:?} -> {text}", found);
    }
    println!("{:#?}", lookup(&table, 0));
    let flat: Option<u32> = match lookup(&table, 2) {
        Some(inner) => inner,
        None => None,
    };
    println!("{:?}", flat);
}
