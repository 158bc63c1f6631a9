fn plus(a: i32, b: i32) -> i32 {
    a + b
}

fn minus(a: i32, b: i32) -> i32 {
    a - b
}

fn pick(add: bool) -> fn(i32, i32) -> i32 {
    if add { plus } else { minus }
}

fn main() {
    let op: fn(i32, i32) -> i32 = if true { plus } else { minus };
    println!("{}", op(7, 3));
    println!("{}", pick(false)(7, 3));
}
