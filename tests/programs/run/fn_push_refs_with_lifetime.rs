fn add<'a>(list: &mut Vec<&'a String>, item: &'a String) {
    list.push(item);
}

fn main() {
    let a = String::from("a");
    let b = String::from("b");
    let mut list = Vec::new();
    add(&mut list, &a);
    add(&mut list, &b);
    println!("{:?}", list);
}
