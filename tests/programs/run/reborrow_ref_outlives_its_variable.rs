fn main() {
    let text = String::from("hello");
    let kept;
    {
        let short = &text;
        kept = short;
    }
    println!("{kept}");
}
