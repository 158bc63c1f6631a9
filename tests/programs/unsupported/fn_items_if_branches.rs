fn plus(a: i32, b: i32) -> i32 {
    a + b
}

fn minus(a: i32, b: i32) -> i32 {
    a - b
}

fn main() {
    let add = false;
    let op = if add { plus } else { minus }; //~ UNSUPPORTED
    println!("{}", op(7, 3));
}
