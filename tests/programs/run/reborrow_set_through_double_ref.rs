fn set<'a>(slot: &mut &'a String, value: &'a String) {
    *slot = value;
}

fn main() {
    let first = String::from("first");
    let second = String::from("second");
    let mut current = &first;
    println!("{current}");
    set(&mut current, &second);
    println!("{current}");
}
