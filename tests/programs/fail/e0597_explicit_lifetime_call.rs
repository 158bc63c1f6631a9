fn add<'a>(list: &mut Vec<&'a String>, item: &'a String) {
    list.push(item);
}

fn main() {
    let mut list = Vec::new();
    {
        let item = String::from("item");
        add(&mut list, &item); //~ ERROR E0597
    }
    println!("{}", list.len());
}
