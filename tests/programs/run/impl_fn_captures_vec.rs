fn lookup(words: Vec<String>) -> impl Fn(usize) -> usize {
    move |extra| words.len() + extra
}

fn main() {
    let words = vec![String::from("a"), String::from("abc")];
    let len_of = lookup(words);
    println!("{} {}", len_of(0), len_of(1));
    println!("{}", std::mem::size_of_val(&len_of));
}
