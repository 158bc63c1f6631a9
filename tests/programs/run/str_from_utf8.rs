// `std::str::from_utf8` over bytes of a string: the same bytes as a `&str`.
fn main() {
    let s = String::from("héllo wörld");
    let bytes = s.as_bytes();
    let first = std::str::from_utf8(&bytes[0..6]).unwrap();
    println!("{first} {}", first.len());
    let all = std::str::from_utf8(bytes).expect("a String's bytes are UTF-8");
    println!("{}", all == s);
    let literal = std::str::from_utf8("tea".as_bytes()).unwrap();
    println!("{literal}");
}
