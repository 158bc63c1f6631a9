// `if let` with slice patterns, literals and a guard on the rest.
fn main() {
    let words = vec![String::from("let"), String::from("x"), String::from("=")];
    let slice = &words[..];
    if let [keyword, name, ..] = slice {
        println!("{keyword} binds {name}");
    }
    let numbers = [3, 1, 4, 1, 5];
    let head = &numbers[..2];
    if let [3, second] = head {
        println!("starts with three then {second}");
    }
    match &numbers[1..] {
        [1, rest_first, ..] if *rest_first > 3 => println!("one then big {rest_first}"),
        [.., last] => println!("ends with {last}"),
        [] => println!("nothing"),
    }
}
