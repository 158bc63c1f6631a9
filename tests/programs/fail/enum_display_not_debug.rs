enum Light {
    Red,
    Green,
}

fn main() {
    let l = Light::Red;
    println!("{:?}", l); //~ ERROR E0277
    let _g = Light::Green;
}
