fn main() {
    let mut label = String::from("a");
    let r = &label;
    if r.len() > 5 {
        println!("long");
    } else {
        label = String::from("b"); //~ ERROR E0506
    }
    println!("{r}");
}
