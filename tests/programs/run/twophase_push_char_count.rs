fn main() {
    let mut s = String::from("abc");
    let shared = &s;
    let n = shared.len();
    s.push_str(if n > 2 { "!" } else { "?" });
    println!("{s}");
}
