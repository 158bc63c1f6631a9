fn first_nonempty(a: &String, b: &String, c: &String) -> &String { //~ ERROR E0106
    if a.len() > 0 {
        a
    } else if b.len() > 0 {
        b
    } else {
        c
    }
}

fn main() {
    let (a, b, c) = (String::new(), String::from("b"), String::from("c"));
    println!("{}", first_nonempty(&a, &b, &c));
}
