fn main() {
    let names = vec![String::from("ann"), String::from("bob")];
    let mut found = &names[0];
    let mut i = 0;
    loop {
        if names[i].len() == 3 && i > 0 {
            found = &names[i];
            break;
        }
        i += 1;
    }
    println!("{found}");
}
