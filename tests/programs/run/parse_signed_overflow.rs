fn main() {
    for text in ["127", "128", "-128", "-129", "99999999999x", "-"] {
        let parsed = text.parse::<i8>();
        println!("{:>14} {:?}", text, parsed);
    }
}
