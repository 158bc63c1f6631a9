fn longest_mut<'a>(a: &'a mut String, b: &'a mut String) -> &'a mut String {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let mut x = String::from("xx");
    let mut y = String::from("y");
    let l = longest_mut(&mut x, &mut y);
    l.push('!');
    println!("{x} {y}");
}
