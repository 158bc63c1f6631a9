fn main() {
    let names = vec![String::from("ann"), String::from("bo")];
    println!("{}", names == [String::from("ann"), String::from("bo")]);
    let words = vec!["a", "b"];
    println!("{}", words == ["a", "b"]);
    assert_eq!(words, ["a", "b"]);
    let slice = &words[1..];
    println!("{}", slice == ["b"]);
    let pairs = [(1, 'a'), (2, 'b')];
    let v = pairs.to_vec();
    println!("{}", v == pairs);
    assert_eq!(&pairs[..1], [(1, 'a')]);
}
