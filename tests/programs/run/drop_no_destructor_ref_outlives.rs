struct View<'a> {
    text: &'a String,
}

fn main() {
    let mut s = String::from("x");
    let v = View { text: &s };
    println!("{}", v.text);
    s.push('y');
    println!("{s}");
}
