fn main() {
    let v = vec![String::from("a"), String::from("bb")];
    let first = &v[0];
    let long: Vec<String> = v.into_iter().filter(|s| s.len() > 1).collect(); //~ ERROR E0505
    println!("{first} {long:?}");
}
