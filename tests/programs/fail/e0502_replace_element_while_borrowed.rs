fn main() {
    let mut names = vec![String::from("Ann")];
    let first = &names[0];
    names[0] = String::from("Bob"); //~ ERROR E0502
    println!("{first}");
}
