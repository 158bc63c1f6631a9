fn measure<'a>(s: &'a String) -> (&'a String, usize) {
    (s, s.len())
}

fn main() {
    let mut s = String::from("text");
    let (r, n) = measure(&s);
    println!("{r} has {n} bytes");
    s.push('!');
    println!("{s}");
}
