fn first(v: &Vec<String>) -> &String {
    &v[0]
}

fn main() {
    let mut names = vec![String::from("Ada")];
    let f = first(&names);
    println!("first: {f}");
    names.push(String::from("Grace"));
    println!("{}", names.len());
}
