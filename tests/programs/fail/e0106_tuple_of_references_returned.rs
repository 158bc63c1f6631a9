fn both(x: &i32, y: &i32) -> (&i32, &i32) { //~ ERROR E0106
    (x, y)
}

fn main() {
    let (a, b) = both(&1, &2);
    println!("{a} {b}");
}
