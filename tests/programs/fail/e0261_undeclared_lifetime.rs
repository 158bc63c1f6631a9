fn longest(x: &'a str, y: &'a str) -> &'a str { //~ ERROR E0261
    if x.len() > y.len() { x } else { y }
}

fn main() {
    println!("{}", longest("ab", "c"));
}
