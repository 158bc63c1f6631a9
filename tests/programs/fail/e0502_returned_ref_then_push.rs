fn first(v: &Vec<String>) -> &String {
    &v[0]
}

fn main() {
    let mut names = vec![String::from("Ada")];
    let f = first(&names);
    names.push(String::from("Grace")); //~ ERROR E0502
    println!("{f}");
}
