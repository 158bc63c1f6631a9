fn first_word<'a>(text: &'a str, _sep: &str) -> &'a str {
    text
}

fn main() {
    let outer = String::from("outer");
    let result;
    {
        let inner = String::from(",");
        result = first_word(outer.as_str(), inner.as_str());
    }
    println!("{result}");
}
