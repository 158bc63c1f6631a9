fn main() {
    let mut b = Box::new(String::from("boxed"));
    let r1 = &mut *b;
    let r2 = &mut *b; //~ ERROR E0499
    r1.push('!');
    r2.push('?');
    println!("{b}");
}
