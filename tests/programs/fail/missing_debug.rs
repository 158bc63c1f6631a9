struct Plain {
    value: i32,
}

fn main() {
    let p = Plain { value: 1 };
    println!("{}", p.value);
    println!("{:?}", p); //~ ERROR E0277
}
