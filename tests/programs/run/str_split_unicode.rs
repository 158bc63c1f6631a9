fn main() {
    let s = "grüße→welt→ñandú";
    for word in s.split('→') {
        println!("{word} has {} bytes and {} chars", word.len(), word.chars().count());
    }
    for word in "añbñc".split("ñ") {
        println!("{word}");
    }
}
