fn measure<'a>(s: &'a String) -> (&'a String, usize) {
    (s, s.len())
}

fn main() {
    let mut s = String::from("text");
    let (r, n) = measure(&s);
    s.push('!'); //~ ERROR E0502
    println!("{r} has {n} bytes");
}
