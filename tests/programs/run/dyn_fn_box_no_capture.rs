fn main() {
    let f: Box<dyn Fn(i32) -> i32> = Box::new(|x| x + 1);
    println!("{}", f(2));
}
