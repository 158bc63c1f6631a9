// `Box<dyn Fn()>` in a signature means `Box<dyn Fn() + 'static>`.
fn keep(g: Box<dyn Fn()>) {
    g()
}

fn main() {
    let n = String::from("y");
    keep(Box::new(|| println!("{n}"))); //~ ERROR E0597
}
