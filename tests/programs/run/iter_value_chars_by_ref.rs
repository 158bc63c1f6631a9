fn main() {
    let s = "key=value";
    let mut chars = s.chars();
    let mut key = String::new();
    for c in &mut chars {
        if c == '=' {
            break;
        }
        key.push(c);
    }
    println!("{key}");
    println!("{:#?}", chars);
    println!("{}", chars.next().unwrap());
}
