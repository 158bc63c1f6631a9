fn main() {
    let o = Some(1);
    if let Some(n) = o.as_mut() { //~ ERROR E0596
        *n += 1;
    }
    println!("{:?}", o);
}
