fn lookup(id: u32) -> Option<&'static str> {
    if id == 1 {
        Some("root")
    } else {
        None
    }
}

fn main() {
    let found = lookup(1);
    println!("found {}", found.unwrap());
    let missing = lookup(7);
    println!("about to unwrap {:?}", missing);
    let name = missing.unwrap();
    println!("never printed {name}");
}
