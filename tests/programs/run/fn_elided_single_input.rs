fn first_char_len(s: &String) -> &String {
    s
}

fn main() {
    let mut s = String::from("hi");
    let r = first_char_len(&s);
    println!("{r}");
    s.push('!');
    println!("{s}");
}
