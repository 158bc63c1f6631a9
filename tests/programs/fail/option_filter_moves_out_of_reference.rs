fn main() {
    let word = Some(String::from("long word"));
    let kept = word.filter(|w| {
        let owned = *w; //~ ERROR E0507
        owned.len() > 3
    });
    println!("{:?}", kept);
}
