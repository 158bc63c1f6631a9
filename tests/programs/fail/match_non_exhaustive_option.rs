fn describe(x: Option<Option<u8>>) -> &'static str {
    match x { //~ ERROR E0004
        Some(Some(0)) => "zero",
        Some(Some(_)) => "number",
        None => "nothing",
    }
}

fn main() {
    println!("{}", describe(Some(None)));
}
