fn main() {
    let names = Some(String::from("Ann"));
    let r = &names;
    match *r { //~ ERROR E0507
        Some(n) => println!("{n}"),
        None => {}
    }
}
