fn main() {
    let mut i = 0;
    let step = &mut i;
    while i < 3 { //~ ERROR E0503
        *step += 1;
    }
    println!("done");
}
