// A static is not captured: the closure names the one place directly.
static NAME: &str = "static";
fn main() {
    let f: Box<dyn Fn() -> usize> = Box::new(|| NAME.len());
    println!("{}", f());
    let r: &'static str = NAME;
    let k = { let local = 5; let _x = local; r };
    println!("{k}");
}
