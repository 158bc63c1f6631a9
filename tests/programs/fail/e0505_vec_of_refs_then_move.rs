fn main() {
    let word = String::from("w");
    let refs = vec![&word, &word];
    let copies = refs.clone();
    drop(refs);
    let moved = word; //~ ERROR E0505
    println!("{} {moved}", copies.len());
}
