fn set<'a>(slot: &mut &'a String, value: &'a String) {
    *slot = value;
}

fn main() {
    let first = String::from("first");
    let mut current = &first;
    {
        let second = String::from("second");
        set(&mut current, &second); //~ ERROR E0597
    }
    println!("{current}");
}
