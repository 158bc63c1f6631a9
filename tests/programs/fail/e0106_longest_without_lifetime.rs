fn longest(x: &str, y: &str) -> &str { //~ ERROR E0106
    if x.len() > y.len() { x } else { y }
}

fn main() {
    println!("{}", longest("ab", "c"));
}
