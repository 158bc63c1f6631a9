fn main() {
    let b = Box::new(String::from("inside"));
    let r = &*b;
    let c = b; //~ ERROR E0505
    println!("{r} {c}");
}
