fn is_loud(s: String) -> bool {
    s.ends_with('!')
}

fn main() {
    let words = vec![String::from("hi"), String::from("you!")];
    let at = words.iter().position(is_loud); //~ ERROR E0631
    println!("{:?}", at);
}
