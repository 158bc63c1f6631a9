fn first_long(v: &mut Vec<String>) -> &String {
    let first = &v[0];
    if first.len() > 3 {
        return first;
    }
    v.push(String::from("fallback")); //~ ERROR E0502
    &v[0]
}

fn main() {
    let mut v = vec![String::from("hi")];
    println!("{}", first_long(&mut v));
}
