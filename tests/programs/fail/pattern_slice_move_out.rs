// Moving an element out of a slice through a pattern is not allowed.
fn main() {
    let names = vec![String::from("a")];
    let slice = &names[..];
    match *slice { //~ ERROR E0508
        [first] => println!("{first}"),
        _ => {}
    }
}
