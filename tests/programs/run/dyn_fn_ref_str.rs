fn greet_all(names: &[&str], greet: &dyn Fn(&str)) {
    for name in names {
        greet(name);
    }
}

fn main() {
    let hello = |name: &str| println!("hello, {name}");
    greet_all(&["ann", "bob"], &hello);
    greet_all(&["cy"], &|name: &str| println!("hi {}", name.len()));
}
