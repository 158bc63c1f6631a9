fn main() {
    let mut v = String::from("a");
    let mut push = || v.push('b');
    let r = &mut v; //~ ERROR E0499
    push();
    r.push('c');
}
