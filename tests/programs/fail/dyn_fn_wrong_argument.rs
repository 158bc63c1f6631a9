fn main() {
    let double: Box<dyn Fn(i32) -> i32> = Box::new(|x| x * 2);
    println!("{}", double("four")); //~ ERROR E0308
}
