fn first_word_len(s: &String) -> usize {
    let n = s.len(); //@ inside the call
    n
}

fn main() {
    let text = String::from("hi there");
    let boxed = Box::new(7);
    let n = first_word_len(&text);
    println!("{n} {boxed}");
}
