fn main() {
    let mut level = 3;
    let r = &mut level;
    if level > 2 { //~ ERROR E0503
        println!("high");
    }
    *r = 0;
}
