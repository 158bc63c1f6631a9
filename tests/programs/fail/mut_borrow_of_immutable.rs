fn main() {
    let s = String::from("hi");
    let r = &mut s; //~ ERROR E0596
    r.push('!');
}
