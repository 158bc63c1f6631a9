#[derive(Debug)]
struct Config {
    name: String,
}

fn main() {
    let a = Config { name: String::from("x") };
    let b = a.clone(); //~ ERROR E0599
    println!("{:?} {:?}", a, b);
}
