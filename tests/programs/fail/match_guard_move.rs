fn main() {
    let o = Some(String::from("a"));
    match o {
        Some(s) if { let t = s; t.len() > 0 } => println!("long"), //~ ERROR E0507
        _ => {}
    }
}
