fn main() {
    let word = String::from("loop");
    let r = &word;
    let mut kept = Vec::new();
    loop {
        kept.push(word); //~ ERROR E0505
        break;
    }
    println!("{r} {}", kept.len());
}
